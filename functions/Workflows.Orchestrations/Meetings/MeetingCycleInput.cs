namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The state of one cycle between executions (input of every <c>ContinueAsNew</c>), kept small: the series, the
/// last series date dealt with, the occurrence in progress and the coordinators' overrides still ahead.
/// </summary>
/// <param name="After">The next occurrence is the first one strictly after this date (yyyy-MM-dd).</param>
/// <param name="Requests">
/// Only when a failed cycle is restarted: the coordinators' requests its last execution received and never acted on
/// (absent in older histories: none).
/// </param>
public sealed record MeetingCycleInput(
    SeriesSnapshot Series,
    string After,
    OccurrenceProgress? Current = null,
    IReadOnlyList<OccurrenceOverride>? Overrides = null,
    IReadOnlyList<CarriedRequest>? Requests = null);
