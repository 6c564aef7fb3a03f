namespace Workflows.Messaging.Templates;

/// <summary>Someone in a low-turnout alert: a decliner with their comment, or someone who did not answer.</summary>
public sealed record TurnoutPerson(string Name, string? Organization, string? Comment = null);
