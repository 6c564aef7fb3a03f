namespace Workflows.Orchestrations.Meetings;

/// <summary>What lies ahead of the cycle: skipped dates before the next occurrence, and that occurrence (null when the series has ended).</summary>
/// <param name="Ahead">
/// The occurrences after <paramref name="Next"/> whose steps begin before the one before them ends (a fortnightly
/// series inviting three weeks ahead), plus the one after those: the cycle runs their steps side by side.
/// Absent in older histories: none.
/// </param>
public sealed record OccurrencePlan(IReadOnlyList<SkippedOccurrence> Skipped, PlannedOccurrence? Next, IReadOnlyList<PlannedOccurrence>? Ahead = null)
{
    /// <summary><see cref="Next"/> and <see cref="Ahead"/>, in date order.</summary>
    public IReadOnlyList<PlannedOccurrence> All => Next is null ? [] : [Next, .. Ahead ?? []];
}
