namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The next occurrence with the instants the cycle acts at. <paramref name="Date"/> is the series date (the
/// occurrence's identity even when a coordinator moved it); Start/End carry the local offset.
/// </summary>
public sealed record PlannedOccurrence(
    string Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset ChairReminderAt,
    DateTimeOffset InviteAt,
    DateTimeOffset ReminderAt,
    DateTimeOffset RsvpDeadlineAt,
    string? MovedReason);
