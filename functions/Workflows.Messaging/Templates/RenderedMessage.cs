namespace Workflows.Messaging.Templates;

/// <summary>A template's output: the subject line and the body in HTML and plain text.</summary>
public sealed record RenderedMessage(string Subject, MessageBody Body);
