namespace Workflows.Orchestrations.Meetings;

/// <summary>Someone of an organization who declined an occurrence, and what they wrote (kept so coordinators can find out why turnout was low).</summary>
public sealed record DeclineComment(string Name, string? Comment);
