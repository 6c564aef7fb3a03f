using NodaTime;
using NodaTime.TimeZones;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Scheduling;

/// <summary>Works out when a meeting series meets, given the school calendar.</summary>
public static class MeetingScheduler
{
    /// <summary>Under <see cref="HolidayPolicy.NextWeek"/>, a meeting moves at most this many days.</summary>
    public const int MaxMoveDays = 21;

    /// <summary>
    /// The meetings of <paramref name="spec"/> dated <paramref name="from"/> through <paramref name="to"/>
    /// (inclusive), and the series dates in that window that were skipped or moved.
    /// </summary>
    /// <remarks>
    /// A moved meeting is reported (as occurrence and as <see cref="MovedDate"/>) in the window that
    /// holds the date it moved to; a skipped date in the window that holds the skipped date. So
    /// consecutive windows report every series date exactly once and every occurrence lies in its window.
    /// A move that would not reach an open day before the next series date and within
    /// <see cref="MaxMoveDays"/> days is reported as skipped, with the closed period's name as reason.
    /// </remarks>
    /// <exception cref="ArgumentException">The rule is invalid, the meeting ends before it starts, or a lead time is negative.</exception>
    public static ScheduleResult Occurrences(MeetingScheduleSpec spec, SchoolCalendar calendar, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(calendar);
        var rule = Validate(spec);

        var occurrences = new List<MeetingOccurrence>();
        var skipped = new List<SkippedDate>();
        var moved = new List<MovedDate>();
        if (from > to)
        {
            return new ScheduleResult(occurrences, skipped, moved);
        }

        // Moves reach up to MaxMoveDays back into the window, and need the series date after the last one in it.
        var lookBack = spec.Holidays == HolidayPolicy.NextWeek ? from.PlusDays(-MaxMoveDays) : from;
        var series = RecurrenceExpander.Dates(rule, spec.Start, to.PlusDays(MaxMoveDays + 7));

        for (var i = 0; i < series.Count && series[i] <= to; i++)
        {
            var date = series[i];
            if (date < lookBack)
            {
                continue;
            }

            var closed = calendar.ClosedPeriodAt(date);
            if (closed is null || spec.Holidays == HolidayPolicy.Ignore)
            {
                AddIfInWindow(date);
            }
            else if (spec.Holidays == HolidayPolicy.Skip)
            {
                SkipIfInWindow(date, closed.Name);
            }
            else if (MoveTarget(date, i + 1 < series.Count ? series[i + 1] : null, calendar) is { } target)
            {
                // A move is reported in every window that holds either end; the meeting only where it now is.
                bool held = AddIfInWindow(target);
                if (held || (date >= from && date <= to))
                {
                    moved.Add(new MovedDate(date, target, closed.Name));
                }
            }
            else
            {
                SkipIfInWindow(date, closed.Name);
            }
        }

        return new ScheduleResult(
            [.. occurrences.OrderBy(o => o.Date)],
            [.. skipped.OrderBy(s => s.Date)],
            [.. moved.OrderBy(m => m.To)]);

        bool AddIfInWindow(LocalDate date)
        {
            if (date < from || date > to)
            {
                return false;
            }

            occurrences.Add(Occurrence(spec, calendar, date));
            return true;
        }

        void SkipIfInWindow(LocalDate date, string reason)
        {
            if (date >= from)
            {
                skipped.Add(new SkippedDate(date, reason));
            }
        }
    }

    private static LocalDate? MoveTarget(LocalDate date, LocalDate? nextInSeries, SchoolCalendar calendar)
    {
        for (var target = date.PlusDays(7); Period.DaysBetween(date, target) <= MaxMoveDays; target = target.PlusDays(7))
        {
            if (target >= nextInSeries)
            {
                return null;
            }

            if (calendar.ClosedPeriodAt(target) is null)
            {
                return target;
            }
        }

        return null;
    }

    private static MeetingOccurrence Occurrence(MeetingScheduleSpec spec, SchoolCalendar calendar, LocalDate date)
    {
        // Lenient: a time in the spring-forward gap moves on by the gap, an ambiguous one takes the earlier offset.
        var start = date.At(spec.StartTime).InZone(spec.Zone, Resolvers.LenientResolver);
        var end = date.At(spec.EndTime).InZone(spec.Zone, Resolvers.LenientResolver);
        if (end.ToInstant() <= start.ToInstant())
        {
            // A start pushed past the gap can overtake the end (02:45-03:00 on a spring-forward night);
            // the meeting then keeps its planned length instead of ending before it begins.
            end = start.Plus(Duration.FromNanoseconds(spec.EndTime.NanosecondOfDay - spec.StartTime.NanosecondOfDay));
        }

        // In order, each strictly before the next: moving dates back to working days independently could put
        // the invitation on the RSVP deadline, or the agenda request on the day the invitation (with agenda) goes.
        // The dates that ask something of people (agenda items, an answer) fall on working days. The invitation
        // itself goes out exactly inviteLeadDays ahead, so every meeting gets the same notice whatever the calendar
        // (an automated invitation needs no open office); only an RSVP deadline moved back past it pulls it earlier.
        var rsvpBy = calendar.PreviousWorkingDay(date.PlusDays(-spec.RsvpDeadlineDays));
        var lead = date.PlusDays(-spec.InviteLeadDays);
        var inviteOn = lead < rsvpBy ? lead : calendar.PreviousWorkingDay(rsvpBy.PlusDays(-1));
        var chairOn = calendar.PreviousWorkingDay(Earlier(date.PlusDays(-spec.ChairReminderDays), inviteOn.PlusDays(-1)));
        return new(date, start, end, inviteOn, rsvpBy, chairOn);
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;

    private static Ical.Net.DataTypes.RecurrenceRule Validate(MeetingScheduleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec.Zone, nameof(spec));
        if (spec.EndTime <= spec.StartTime)
        {
            throw new ArgumentException($"Meeting series '{spec.SeriesId}' ends ({spec.EndTime:HH:mm}) before it starts ({spec.StartTime:HH:mm}).", nameof(spec));
        }

        if (spec.InviteLeadDays < 0 || spec.RsvpDeadlineDays < 0 || spec.ChairReminderDays < 0)
        {
            throw new ArgumentException($"Meeting series '{spec.SeriesId}' has a negative lead time; invitations, RSVP deadlines and chair reminders come before the meeting.", nameof(spec));
        }

        if (!Enum.IsDefined(spec.Holidays))
        {
            throw new ArgumentException($"Meeting series '{spec.SeriesId}' has an unknown holiday policy {spec.Holidays}.", nameof(spec));
        }

        return RecurrenceExpander.Parse(spec.RRule, spec.Zone, spec.StartTime);
    }
}
