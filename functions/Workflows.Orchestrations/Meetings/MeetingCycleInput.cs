namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The state of one cycle between executions (input of every <c>ContinueAsNew</c>), kept small: the series, the
/// last series date dealt with, the occurrences in progress and the coordinators' overrides still ahead.
/// </summary>
/// <param name="After">Every occurrence up to this date (yyyy-MM-dd) is dealt with; the next is the first one after it.</param>
/// <param name="Current">Older histories only: the one occurrence in progress (now in <paramref name="Occurrences"/>).</param>
/// <param name="Occurrences">Every occurrence after <paramref name="After"/> the cycle did something for, in date order.</param>
/// <param name="Execution">How many executions came before (keeps idempotency keys unique over executions at the same moment).</param>
/// <param name="Requests">
/// Only when a failed cycle is restarted: the coordinators' requests its last execution received and never acted on
/// (absent in older histories: none).
/// </param>
public sealed record MeetingCycleInput(
    SeriesSnapshot Series,
    string After,
    OccurrenceProgress? Current = null,
    IReadOnlyList<OccurrenceOverride>? Overrides = null,
    IReadOnlyList<CarriedRequest>? Requests = null,
    IReadOnlyList<OccurrenceProgress>? Occurrences = null,
    long Execution = 0)
{
    /// <summary>The occurrences in progress, also from an input written before they were a list.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<OccurrenceProgress> InProgress => Occurrences ?? (Current is { } current ? [current] : []);

    /// <summary>The progress of the occurrence of series date <paramref name="date"/>, when the cycle did something for it.</summary>
    public OccurrenceProgress? ProgressOf(string date) => InProgress.FirstOrDefault(p => p.Date == date);
}
