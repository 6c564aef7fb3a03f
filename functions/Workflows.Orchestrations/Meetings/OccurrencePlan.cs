namespace Workflows.Orchestrations.Meetings;

/// <summary>What lies ahead of the cycle: skipped dates before the next occurrence, and that occurrence (null when the series has ended).</summary>
public sealed record OccurrencePlan(IReadOnlyList<SkippedOccurrence> Skipped, PlannedOccurrence? Next);
