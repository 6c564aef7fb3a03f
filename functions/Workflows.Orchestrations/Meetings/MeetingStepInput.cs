using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Input of every step that sends or records something for one occurrence. <paramref name="At"/> is the
/// orchestration's time of the step (replayed, so a redelivered activity records the same moment).
/// </summary>
/// <param name="NextStart">The start of the series' next occurrence after this one, when there is one (a cancellation names it).</param>
/// <param name="Verdict">The answers as judged, for steps that report them (at risk, cancelled, confirmed).</param>
public sealed record MeetingStepInput(
    SeriesSnapshot Series,
    PlannedOccurrence Occurrence,
    CalendarEventRef? Event,
    DateTimeOffset At,
    string Instance,
    string? Reason = null,
    string Key = "",
    DateTimeOffset? NextStart = null,
    RsvpVerdict? Verdict = null) : IStepInput;
