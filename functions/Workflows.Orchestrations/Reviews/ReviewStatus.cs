namespace Workflows.Orchestrations.Reviews;

/// <summary>Custom status of a bestuur-talk orchestration: phase, until when it waits (the simulator drains on it), the year and the talk's date.</summary>
public sealed record ReviewStatus(string Phase, DateTimeOffset? WaitingUntil, int Year, string? TalkDate, string ValidUntil);
