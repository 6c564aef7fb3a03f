namespace Workflows.Messaging;

/// <summary>A file attached to a mail, e.g. <c>uitnodiging.ics</c> with <c>text/calendar</c>.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
