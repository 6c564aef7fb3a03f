namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Custom status of a round: its phase, what it waits for until when (the simulator drains on
/// <see cref="WaitingUntil"/>, like a meeting cycle's), the deadline in force (date and, when it has one, time of
/// day HH:mm) and who answered what.
/// </summary>
public sealed record SubsidyRoundStatus(string Phase, DateTimeOffset? WaitingUntil, string Deadline, IReadOnlyList<SubsidyAnswer> Answers, string? DeadlineTime = null);
