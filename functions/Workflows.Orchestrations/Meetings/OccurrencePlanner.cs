using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;
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
        var spec = Spec(s);
        var calendar = SnapshotCalendar.From(s.Calendar);
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

        var planned = Planned(spec, calendar, next, overrides.GetValueOrDefault(Format(next.Date)), input.Now, UpdateDays(input.Series));
        return new OccurrencePlan(skipped, planned, Ahead(spec, calendar, result.Occurrences, next, planned, overrides, input.Now, UpdateDays(input.Series)));
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
        DateTimeOffset now,
        int updateDays)
    {
        var ahead = new List<PlannedOccurrence>();
        var previous = first;
        foreach (var o in occurrences.Where(o => o.Date > next.Date))
        {
            if (overrides.TryGetValue(Format(o.Date), out var c) && c.Cancelled)
            {
                continue;
            }

            var planned = Planned(spec, calendar, o, overrides.GetValueOrDefault(Format(o.Date)), now, updateDays);
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

    /// <summary>The schedule a snapshot describes, with the floors (older histories lack them: the defaults then).</summary>
    internal static MeetingScheduleSpec Spec(SeriesSnapshot s) =>
        new(
            s.SeriesId,
            s.Recurrence,
            ParseDate(s.Start),
            ParseTime(s.StartTime),
            ParseTime(s.EndTime),
            DateTimeZoneProviders.Tzdb[s.TimeZone],
            Policy(s.Holidays),
            s.InviteLeadDays,
            s.RsvpDeadlineDays,
            s.ChairReminderDays,
            s.MinAnswerWorkingDays > 0 ? s.MinAnswerWorkingDays : MeetingScheduleSpec.DefaultMinAnswerWorkingDays,
            s.MinReminderWorkingDays > 0 ? s.MinReminderWorkingDays : MeetingScheduleSpec.DefaultMinReminderWorkingDays);

    // Snapshots from before the key read as the default.
    private static int UpdateDays(SeriesSnapshot s) =>
        s.AgendaUpdateWorkingDays > 0 ? s.AgendaUpdateWorkingDays : Partnerships.Configuration.MeetingAgenda.DefaultUpdateWorkingDays;

    private static PlannedOccurrence Planned(MeetingScheduleSpec spec, SchoolCalendar calendar, MeetingOccurrence o, OccurrenceOverride? moved, DateTimeOffset now, int updateDays)
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
        // free); answers are due at its end time on the RSVP day. Every day is a working day (the scheduler moved
        // the steps out of weekends and holidays). A step whose time has passed (the cycle started late) goes out
        // at that time on the first working day from now. A move keeps the dates of the original occurrence, but
        // nothing may fall after the new start.
        var today = Instant.FromDateTimeOffset(now).InZone(zone);
        var inviteOn = Catch(o.InviteOn);
        var invite = Min(At(zone, inviteOn, spec.StartTime), start);
        var rsvpBy = o.RsvpBy < inviteOn ? inviteOn : o.RsvpBy;
        var deadline = Min(At(zone, rsvpBy, spec.EndTime), start);

        // A late invitation keeps the deadline it would have had (the meeting does not wait), so the check and the
        // reminder are worked out again from the day it actually goes; either may no longer fit.
        var late = inviteOn != o.InviteOn;
        var atRiskOn = late ? MeetingSteps.AtRisk(calendar, inviteOn, rsvpBy) : o.AtRiskOn;
        var reminderOn = late ? MeetingSteps.Reminder(calendar, inviteOn, rsvpBy, atRiskOn, spec.MinReminderWorkingDays) : o.ReminderOn;
        DateTimeOffset? atRisk = atRiskOn is { } check ? Min(At(zone, check, spec.StartTime), deadline) : null;
        DateTimeOffset? reminder = reminderOn is { } remind ? Min(At(zone, remind, spec.StartTime), deadline) : null;
        // The agenda update goes out at the meeting's time of day, that many working days before its (moved) date.
        var meetingDay = Instant.FromDateTimeOffset(start).InZone(zone).Date;
        var agendaUpdate = Min(At(zone, calendar.WorkingDaysBefore(meetingDay, updateDays), spec.StartTime), start);
        return new PlannedOccurrence(Format(o.Date), start, end, Chair(), invite, reminder, deadline, moved?.Reason, atRisk, agendaUpdate);

        // The agenda request must come before the invitation it feeds. Caught up onto the invitation's day (the
        // cycle started on the working day before, after the step's time) it goes right away instead; when no
        // working day is left before the invitation's it is of no use and lands on the invitation, which the
        // cycle records as skipped.
        DateTimeOffset Chair()
        {
            var chairOn = Catch(o.ChairReminderOn);
            if (chairOn < inviteOn)
            {
                return Min(At(zone, chairOn, spec.StartTime), start);
            }

            return calendar.IsWorkingDay(today.Date) && today.Date < inviteOn && now < invite ? now : invite;
        }

        LocalDate Catch(LocalDate day)
        {
            if (At(zone, day, spec.StartTime) >= now)
            {
                return day;
            }

            return calendar.NextWorkingDay(today.TimeOfDay <= spec.StartTime ? today.Date : today.Date.PlusDays(1));
        }
    }

    // The snapshot carries config keywords (strings keep the payload readable); the loader accepted only these.
    private static HolidayPolicy Policy(string keyword) =>
        ConfigKeywords.TryParseHolidayPolicy(keyword, out var policy) ? policy : HolidayPolicy.Skip;

    private static DateTimeOffset At(DateTimeZone zone, LocalDate date, LocalTime time) => zone.AtLeniently(date + time).ToDateTimeOffset();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    internal static LocalTime ParseTime(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).GetValueOrThrow();
}
