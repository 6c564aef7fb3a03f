namespace Workflows.Orchestrations.Meetings;

/// <summary>Someone who declined, with their comment, for the coordinators' low-turnout alert.</summary>
public sealed record DeclinerNote(string Name, string OrganizationName, string? Comment);
