using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Planning;

/// <summary>Turns a loaded configuration into the calendar and meeting schedules the workflows plan with.</summary>
public static class PartnershipPlanner
{
    /// <summary>The school calendar of the partnership: its region's holidays, the file's overrides and closed days.</summary>
    public static SchoolCalendar Calendar(PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SchoolCalendar(
            config.Partnership.SchoolRegion,
            config.Calendar.Holidays.Select(h => new ClosedPeriod(h.From, h.To, h.Name)),
            config.Calendar.ExtraClosedDays,
            config.Calendar.IncludeGoodFriday,
            config.Calendar.LiberationDay,
            config.Calendar.FridayAfterAscension);
    }

    public static DateTimeZone Zone(PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
    }

    /// <summary>
    /// The schedule of one series. Without <c>agenda.chairReminderDays</c> the chair is asked a week before the
    /// invitation goes out, so the agenda can be in it.
    /// </summary>
    public static MeetingScheduleSpec Schedule(PartnershipConfig config, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingScheduleSpec(
            meeting.Id,
            meeting.Recurrence,
            meeting.Start,
            meeting.Time.Start,
            meeting.Time.End,
            Zone(config),
            meeting.Holidays,
            meeting.InviteLeadDays,
            meeting.RsvpDeadlineDays,
            meeting.Agenda.ChairReminderDays ?? meeting.InviteLeadDays + 7,
            meeting.MinAnswerWorkingDays,
            meeting.MinReminderWorkingDays);
    }

    /// <summary>The occurrences of a series between two dates (inclusive), with skipped and moved dates and why.</summary>
    public static ScheduleResult Occurrences(PartnershipConfig config, Meeting meeting, LocalDate from, LocalDate to)
        => MeetingScheduler.Occurrences(Schedule(config, meeting), Calendar(config), from, to);
}
