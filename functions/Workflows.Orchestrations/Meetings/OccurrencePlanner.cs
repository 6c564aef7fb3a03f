using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The planning step: the next occurrence of a series after a date, with the skipped dates before it.
/// </summary>
/// <remarks>
/// Runs as an activity, not in the orchestrator, although it is pure: the schedule depends on code that changes
/// between releases (the built-in holiday table gains a school year, a scheduling rule is fixed). In an activity
/// its answer is recorded in history, so instances that are running replay what they decided then instead of
/// diverging from it.
/// </remarks>
internal static class OccurrencePlanner
{
    // Far enough for any series (the slowest recur every few months); a series without a date in it has ended.
    private const int HorizonDays = 400;

    public static OccurrencePlan Plan(PlanInput input)
    {
        var s = input.Series;
        var zone = DateTimeZoneProviders.Tzdb[s.TimeZone];
        var after = ParseDate(input.After);
        var spec = new MeetingScheduleSpec(
            s.SeriesId,
            s.Recurrence,
            ParseDate(s.Start),
            ParseTime(s.StartTime),
            ParseTime(s.EndTime),
            zone,
            Policy(s.Holidays),
            s.InviteLeadDays,
            s.RsvpDeadlineDays,
            s.ChairReminderDays);
        var calendar = Calendar(s.Calendar);
        var result = MeetingScheduler.Occurrences(spec, calendar, after.PlusDays(1), after.PlusDays(HorizonDays));

        var overrides = input.Overrides.ToDictionary(o => o.Date, StringComparer.Ordinal);
        var next = result.Occurrences.FirstOrDefault(o => !(overrides.TryGetValue(Format(o.Date), out var c) && c.Cancelled));
        var skipped = result.Skipped
            .Where(d => next is null || d.Date < next.Date)
            .Select(d => new SkippedOccurrence(Format(d.Date), At(zone, d.Date, spec.StartTime), At(zone, d.Date, spec.EndTime), d.Reason))
            .ToList();
        if (next is null)
        {
            return new OccurrencePlan(skipped, null);
        }

        var planned = Planned(spec, calendar, next, overrides.GetValueOrDefault(Format(next.Date)), input.Now);
        return new OccurrencePlan(skipped, planned, Ahead(spec, calendar, result.Occurrences, next, planned, overrides, input.Now));
    }

    // Enough for a weekly series that invites seven weeks ahead; the config's lead limits keep real series far below.
    private const int MaxAhead = 12;

    /// <summary>
    /// The occurrences after <paramref name="next"/> that overlap the one before them (their first step comes before
    /// it ends), and then one more, so the cycle knows the next meeting after each one it runs.
    /// </summary>
    private static List<PlannedOccurrence> Ahead(
        MeetingScheduleSpec spec,
        SchoolCalendar calendar,
        IReadOnlyList<MeetingOccurrence> occurrences,
        MeetingOccurrence next,
        PlannedOccurrence first,
        Dictionary<string, OccurrenceOverride> overrides,
        DateTimeOffset now)
    {
        var ahead = new List<PlannedOccurrence>();
        var previous = first;
        foreach (var o in occurrences.Where(o => o.Date > next.Date))
        {
            if (overrides.TryGetValue(Format(o.Date), out var c) && c.Cancelled)
            {
                continue;
            }

            var planned = Planned(spec, calendar, o, overrides.GetValueOrDefault(Format(o.Date)), now);
            ahead.Add(planned);
            var firstStep = planned.ChairReminderAt < planned.InviteAt ? planned.ChairReminderAt : planned.InviteAt;
            if (firstStep >= previous.End || ahead.Count >= MaxAhead)
            {
                break;
            }

            previous = planned;
        }

        return ahead;
    }

    private static PlannedOccurrence Planned(MeetingScheduleSpec spec, SchoolCalendar calendar, MeetingOccurrence o, OccurrenceOverride? moved, DateTimeOffset now)
    {
        var zone = spec.Zone;
        var start = o.Start.ToDateTimeOffset();
        var end = o.End.ToDateTimeOffset();
        if (moved is { NewDate: { } newDate })
        {
            var date = ParseDate(newDate);
            start = At(zone, date, moved.NewStartTime is { } st ? ParseTime(st) : spec.StartTime);
            end = At(zone, date, moved.NewEndTime is { } et ? ParseTime(et) : spec.EndTime);
        }

        // Messages go out at the meeting's own time of day (15:00 for Profijt: the hour the people invited keep
        // free); answers are due at its end time on the RSVP day. A step whose day has passed (the cycle started
        // late, e.g. just after a summer holiday the invitation was moved back into) goes out at that time on the
        // first working day from now. A move keeps the dates of the original occurrence, but nothing may fall
        // after the new start.
        var inviteOn = Catch(o.InviteOn, spec.StartTime);
        var chair = Min(At(zone, Catch(o.ChairReminderOn, spec.StartTime), spec.StartTime), start);
        var invite = Min(At(zone, inviteOn, spec.StartTime), start);
        var rsvpBy = o.RsvpBy < inviteOn ? inviteOn : o.RsvpBy;
        var deadline = Min(At(zone, rsvpBy, spec.EndTime), start);
        var halfway = WorkingDayBetween(calendar, inviteOn, inviteOn.PlusDays(Period.DaysBetween(inviteOn, rsvpBy) / 2), rsvpBy);
        var reminder = Min(At(zone, halfway, spec.StartTime), deadline);
        return new PlannedOccurrence(Format(o.Date), start, end, chair, invite, reminder, deadline, moved?.Reason);

        LocalDate Catch(LocalDate day, LocalTime time)
        {
            if (At(zone, day, time) >= now)
            {
                return day;
            }

            var local = Instant.FromDateTimeOffset(now).InZone(zone);
            var candidate = local.TimeOfDay <= time ? local.Date : local.Date.PlusDays(1);
            for (int i = 0; i < HorizonDays && !calendar.IsWorkingDay(candidate); i++)
            {
                candidate = candidate.PlusDays(1);
            }

            return candidate;
        }
    }

    /// <summary>The reminder's day: <paramref name="day"/>, or the nearest working day strictly between the invitation and the deadline (earlier first).</summary>
    private static LocalDate WorkingDayBetween(SchoolCalendar calendar, LocalDate after, LocalDate day, LocalDate before)
    {
        for (var d = day; d > after; d = d.PlusDays(-1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        for (var d = day.PlusDays(1); d < before; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        return day;
    }

    private static SchoolCalendar Calendar(CalendarSnapshot c) =>
        new(
            Region(c.Region),
            c.Periods.Select(p => new ClosedPeriod(ParseDate(p.From), ParseDate(p.To), p.Name)),
            c.ExtraClosedDays.Select(ParseDate),
            c.IncludeGoodFriday);

    // The snapshot carries config keywords (strings keep the payload readable); the loader accepted only these.
    private static HolidayPolicy Policy(string keyword) => keyword switch
    {
        "next-week" => HolidayPolicy.NextWeek,
        "ignore" => HolidayPolicy.Ignore,
        _ => HolidayPolicy.Skip,
    };

    private static SchoolRegion? Region(string? keyword) => keyword switch
    {
        "noord" => SchoolRegion.Noord,
        "midden" => SchoolRegion.Midden,
        "zuid" => SchoolRegion.Zuid,
        _ => null,
    };

    private static DateTimeOffset At(DateTimeZone zone, LocalDate date, LocalTime time) => zone.AtLeniently(date + time).ToDateTimeOffset();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    internal static LocalTime ParseTime(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).GetValueOrThrow();
}
