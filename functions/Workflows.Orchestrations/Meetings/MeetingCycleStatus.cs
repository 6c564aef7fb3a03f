namespace Workflows.Orchestrations.Meetings;

/// <summary>Custom status of a cycle: what it waits for and until when (the dashboard shows it; the simulator drains on it).</summary>
public sealed record MeetingCycleStatus(string Phase, string? Occurrence, DateTimeOffset? WaitingUntil);
