namespace Workflows.Messaging.Templates;

/// <summary>One meeting document in a message: its file name and a signed, expiring download link.</summary>
public sealed record DocumentLine(string Name, Uri Url);
