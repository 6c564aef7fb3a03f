namespace Workflows.Orchestrations.Subsidies;

/// <summary>A subsidy round announced and not closed or withdrawn, with the deadline in force (what an agenda lists).</summary>
/// <param name="Deadline">yyyy-MM-dd.</param>
/// <param name="DeadlineTime">HH:mm local, null when the whole day counts.</param>
public sealed record RunningSubsidyRound(string RoundId, string Title, string Funder, string Deadline, string? DeadlineTime);
