namespace Workflows.Partnerships.Scheduling;

/// <summary>The meetings of a window, and what happened to the series dates that fell on closed days; each list in date order.</summary>
public sealed record ScheduleResult(
    IReadOnlyList<MeetingOccurrence> Occurrences,
    IReadOnlyList<SkippedDate> Skipped,
    IReadOnlyList<MovedDate> Moved);
