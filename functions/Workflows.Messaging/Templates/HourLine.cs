namespace Workflows.Messaging.Templates;

/// <summary>One category of a convenant's hours, e.g. "lessen" 120.</summary>
public sealed record HourLine(string Category, decimal Hours);
