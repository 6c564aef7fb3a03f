namespace Workflows.Messaging;

/// <summary>The same content twice: HTML for mail clients and calendars, plain text for the rest (and .ics DESCRIPTION).</summary>
public sealed record MessageBody(string Html, string Text);
