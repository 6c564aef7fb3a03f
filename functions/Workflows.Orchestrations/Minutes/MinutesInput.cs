using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// What the minutes of one held occurrence need once approved: the series as it was then (members, voice,
/// coordinators), the occurrence, and when each action item's owner is reminded (worked out at approval from the
/// school calendar, so the orchestration only waits).
/// </summary>
/// <param name="Date">The occurrence (series date, yyyy-MM-dd).</param>
public sealed record MinutesInput(
    SeriesSnapshot Series,
    string Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<ActionReminder> Reminders);
