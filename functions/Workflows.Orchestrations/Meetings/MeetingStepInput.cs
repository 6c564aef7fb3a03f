using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Input of every step that sends or records something for one occurrence. <paramref name="At"/> is the
/// orchestration's time of the step (replayed, so a redelivered activity records the same moment).
/// </summary>
public sealed record MeetingStepInput(
    SeriesSnapshot Series,
    PlannedOccurrence Occurrence,
    CalendarEventRef? Event,
    DateTimeOffset At,
    string Instance,
    string? Reason = null,
    string Key = "") : IStepInput;
