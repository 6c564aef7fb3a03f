namespace Workflows.Orchestrations.Minutes;

/// <summary>The outcome of saving a verslag, the errors when invalid, and the verslag as stored when saved.</summary>
public sealed record MinutesResult(MinutesOutcome Outcome, IReadOnlyList<string> Errors, MeetingMinutes? Minutes);
