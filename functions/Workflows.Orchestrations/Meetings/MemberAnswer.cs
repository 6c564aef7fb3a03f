namespace Workflows.Orchestrations.Meetings;

/// <summary>One member's answer as judged, for the coordinators' overview of an occurrence at risk.</summary>
/// <param name="Response">"accepted", "tentative", "declined" or "none".</param>
public sealed record MemberAnswer(string Id, string Name, string OrganizationName, string Response, string? Comment);
