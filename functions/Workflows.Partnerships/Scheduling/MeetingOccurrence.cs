using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// A meeting that takes place, with the working days of its steps: the chair is asked for agenda items, the
/// invitation goes out, the reminder, the partner rule is checked, answers are due. In that order, each on a
/// later working day than the one before (the reminder after the check only when it cannot fit before it).
/// </summary>
/// <param name="ReminderOn">Null when no working day lies at least the reminder floor after the invitation and before the deadline.</param>
/// <param name="AtRiskOn">Two working days before the deadline; null when that is not after the invitation.</param>
public sealed record MeetingOccurrence(
    LocalDate Date,
    ZonedDateTime Start,
    ZonedDateTime End,
    LocalDate InviteOn,
    LocalDate RsvpBy,
    LocalDate ChairReminderOn,
    LocalDate? ReminderOn,
    LocalDate? AtRiskOn);
