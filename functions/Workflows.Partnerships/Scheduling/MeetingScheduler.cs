using NodaTime;
using NodaTime.TimeZones;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Scheduling;

/// <summary>Works out when a meeting series meets, given the school calendar.</summary>
public static class MeetingScheduler
{
    /// <summary>Under <see cref="HolidayPolicy.NextWeek"/> and <see cref="HolidayPolicy.PreviousWeek"/>, a meeting moves at most this many days.</summary>
    public const int MaxMoveDays = 21;

    /// <summary>
    /// The meetings of <paramref name="spec"/> dated <paramref name="from"/> through <paramref name="to"/>
    /// (inclusive), and the series dates in that window that were skipped or moved.
    /// </summary>
    /// <remarks>
    /// A moved meeting is reported (as occurrence and as <see cref="MovedDate"/>) in the window that
    /// holds the date it moved to; a skipped date in the window that holds the skipped date. So
    /// consecutive windows report every series date exactly once and every occurrence lies in its window.
    /// A move that would not reach an open day within <see cref="MaxMoveDays"/> days, before the next series date
    /// (next week) or after the previous one (previous week), is reported as skipped, with the closed period's name as reason.
    /// </remarks>
    /// <exception cref="ArgumentException">The rule is invalid, the meeting ends before it starts, a lead time is negative or a floor below 1.</exception>
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

        // Moves reach up to MaxMoveDays into the window from either side, and need the series dates around them.
        var lookBack = spec.Holidays == HolidayPolicy.NextWeek ? from.PlusDays(-MaxMoveDays) : from;
        var lookAhead = spec.Holidays == HolidayPolicy.PreviousWeek ? to.PlusDays(MaxMoveDays) : to;
        var series = RecurrenceExpander.Dates(rule, spec.Start, lookAhead.PlusDays(MaxMoveDays + 7));

        for (var i = 0; i < series.Count && series[i] <= lookAhead; i++)
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
            else if (MoveTarget(spec.Holidays, date, i > 0 ? series[i - 1] : null, i + 1 < series.Count ? series[i + 1] : null, calendar) is { } target)
            {
                // A move is reported in every window that holds either end; the meeting only where it now is.
                bool held = AddIfInWindow(target);
                if (held || InWindow(date))
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

        bool InWindow(LocalDate date) => date >= from && date <= to;

        bool AddIfInWindow(LocalDate date)
        {
            if (!InWindow(date))
            {
                return false;
            }

            occurrences.Add(Occurrence(spec, calendar, date));
            return true;
        }

        void SkipIfInWindow(LocalDate date, string reason)
        {
            if (InWindow(date))
            {
                skipped.Add(new SkippedDate(date, reason));
            }
        }
    }

    private static LocalDate? MoveTarget(HolidayPolicy policy, LocalDate date, LocalDate? previousInSeries, LocalDate? nextInSeries, SchoolCalendar calendar)
    {
        var step = policy == HolidayPolicy.PreviousWeek ? -7 : 7;
        for (var target = date.PlusDays(step); Math.Abs(Period.DaysBetween(date, target)) <= MaxMoveDays; target = target.PlusDays(step))
        {
            // Two meetings of one series on one date, or the order of the series turned round, helps nobody.
            if (target >= nextInSeries || target <= previousInSeries)
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

        var steps = MeetingSteps.For(spec, calendar, date);
        return new(date, start, end, steps.InviteOn, steps.RsvpBy, steps.ChairOn, steps.ReminderOn, steps.AtRiskOn);
    }

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

        if (spec.MinAnswerWorkingDays < 1 || spec.MinReminderWorkingDays < 1)
        {
            throw new ArgumentException($"Meeting series '{spec.SeriesId}' needs at least one working day between the invitation and the deadline and between the invitation and the reminder.", nameof(spec));
        }

        if (!Enum.IsDefined(spec.Holidays))
        {
            throw new ArgumentException($"Meeting series '{spec.SeriesId}' has an unknown holiday policy {spec.Holidays}.", nameof(spec));
        }

        return RecurrenceExpander.Parse(spec.RRule, spec.Zone, spec.StartTime);
    }
}
