using NodaTime;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// The working days of the steps before one meeting. Every step falls on a working school day: a step whose day
/// is in a weekend or closed period moves to the last working day before it, so lead times only ever grow.
/// </summary>
/// <remarks>
/// Shared by the scheduler (the plan) and the meeting cycle's planner, which recomputes the reminder and the
/// check from an invitation that went out late (a cycle started after its planned day).
/// </remarks>
public static class MeetingSteps
{
    /// <summary>The days of all steps of the meeting on <paramref name="date"/>.</summary>
    public static (LocalDate ChairOn, LocalDate InviteOn, LocalDate? ReminderOn, LocalDate? AtRiskOn, LocalDate RsvpBy) For(
        MeetingScheduleSpec spec, SchoolCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(calendar);

        // Answers are due on a working day before the meeting day: a deadline at the end of the meeting itself
        // would come after it has started.
        var rsvpBy = calendar.PreviousWorkingDay(Earlier(date.PlusDays(-spec.RsvpDeadlineDays), date.PlusDays(-1)));

        // The invitation goes on its lead day, or the last working day before it, and never later than the answer
        // floor allows: a deadline moved back out of a holiday pulls the invitation back with it.
        var inviteOn = Earlier(
            calendar.PreviousWorkingDay(date.PlusDays(-spec.InviteLeadDays)),
            calendar.WorkingDaysBefore(rsvpBy, spec.MinAnswerWorkingDays));

        // The invitation carries the agenda, so the chair is asked on an earlier working day, never the same one.
        var chairOn = calendar.PreviousWorkingDay(Earlier(date.PlusDays(-spec.ChairReminderDays), inviteOn.PlusDays(-1)));

        var atRiskOn = AtRisk(calendar, inviteOn, rsvpBy);
        return (chairOn, inviteOn, Reminder(calendar, inviteOn, rsvpBy, atRiskOn, spec.MinReminderWorkingDays), atRiskOn, rsvpBy);
    }

    /// <summary>
    /// When the partner rule is checked: <see cref="MeetingScheduleSpec.AtRiskWorkingDays"/> working days before the
    /// deadline, so the coordinators still have time to decide; null when that is not after the invitation.
    /// </summary>
    public static LocalDate? AtRisk(SchoolCalendar calendar, LocalDate inviteOn, LocalDate rsvpBy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.WorkingDaysBefore(rsvpBy, MeetingScheduleSpec.AtRiskWorkingDays);
        return day > inviteOn ? day : null;
    }

    /// <summary>
    /// The reminder's day: the working day nearest halfway between invitation and deadline (earlier on a tie), at
    /// least <paramref name="minWorkingDays"/> working days after the invitation and strictly before the deadline;
    /// before the check when it fits there (people answer before the coordinators are asked), otherwise after it.
    /// Null when no day fits: a reminder together with the invitation would be noise.
    /// </summary>
    public static LocalDate? Reminder(SchoolCalendar calendar, LocalDate inviteOn, LocalDate rsvpBy, LocalDate? atRiskOn, int minWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var first = calendar.WorkingDaysAfter(inviteOn, minWorkingDays);
        if (first >= rsvpBy)
        {
            return null;
        }

        var halfway = inviteOn.PlusDays((int)(Period.DaysBetween(inviteOn, rsvpBy) / 2));
        if (atRiskOn is { } check && first < check)
        {
            return Nearest(calendar, halfway, first, check.PlusDays(-1));
        }

        // From here on every candidate is on or after the check; its day is left to the check alone.
        var after = first == atRiskOn ? calendar.WorkingDaysAfter(first, 1) : first;
        return after < rsvpBy ? Nearest(calendar, halfway, after, rsvpBy.PlusDays(-1)) : null;
    }

    // The last working day on or before the target clamped to first..last; first is a working day, so never before it.
    private static LocalDate Nearest(SchoolCalendar calendar, LocalDate target, LocalDate first, LocalDate last)
    {
        var clamped = target < first ? first : target > last ? last : target;
        return calendar.PreviousWorkingDay(clamped);
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}
