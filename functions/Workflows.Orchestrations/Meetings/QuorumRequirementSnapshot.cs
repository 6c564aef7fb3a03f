namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// One entry of <c>quorum.require</c>, resolved: at least one of <paramref name="MemberIds"/> must accept.
/// </summary>
/// <param name="Selector">The selector as written in the file.</param>
/// <param name="Label">How the messages name the people it selects ("een mbo-sectordirecteur").</param>
/// <param name="MemberIds">The series members it selects (coordinators and organizers only when the file says so).</param>
public sealed record QuorumRequirementSnapshot(string Selector, string Label, IReadOnlyList<string> MemberIds);
