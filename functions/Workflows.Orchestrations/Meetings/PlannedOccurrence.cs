namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The next occurrence with the instants the cycle acts at. <paramref name="Date"/> is the series date (the
/// occurrence's identity even when a coordinator moved it); Start/End carry the local offset.
/// </summary>
/// <param name="ReminderAt">Null when no working day lies far enough after the invitation and before the deadline.</param>
/// <param name="AtRiskAt">When the partner rule is checked ahead of the deadline (two working days before it); null when that is not after the invitation.</param>
/// <param name="AgendaUpdateAt">When an agenda changed after the invitation goes out ("agenda en stukken"), <c>agenda.updateWorkingDays</c> working days before the meeting; null in plans from before agenda items.</param>
public sealed record PlannedOccurrence(
    string Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset ChairReminderAt,
    DateTimeOffset InviteAt,
    DateTimeOffset? ReminderAt,
    DateTimeOffset RsvpDeadlineAt,
    string? MovedReason,
    DateTimeOffset? AtRiskAt = null,
    DateTimeOffset? AgendaUpdateAt = null);
