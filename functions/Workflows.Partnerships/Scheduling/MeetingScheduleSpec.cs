using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// One meeting series. <paramref name="RRule"/> is an RFC 5545 RRULE value (without "RRULE:"),
/// evaluated on local dates from <paramref name="Start"/>; every occurrence runs from
/// <paramref name="StartTime"/> to <paramref name="EndTime"/> wall-clock time in <paramref name="Zone"/>,
/// whatever the UTC offset that day. Lead days count back from the meeting date.
/// </summary>
public sealed record MeetingScheduleSpec(
    string SeriesId,
    string RRule,
    LocalDate Start,
    LocalTime StartTime,
    LocalTime EndTime,
    DateTimeZone Zone,
    HolidayPolicy Holidays,
    int InviteLeadDays,
    int RsvpDeadlineDays,
    int ChairReminderDays);
