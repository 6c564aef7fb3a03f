using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// One meeting series. <paramref name="RRule"/> is an RFC 5545 RRULE value (without "RRULE:"),
/// evaluated on local dates from <paramref name="Start"/>; every occurrence runs from
/// <paramref name="StartTime"/> to <paramref name="EndTime"/> wall-clock time in <paramref name="Zone"/>,
/// whatever the UTC offset that day. Lead days count back from the meeting date and are minimums: a step
/// whose day is closed moves to the last working day before it.
/// </summary>
/// <param name="MinAnswerWorkingDays">Working days at least between the invitation and the RSVP deadline (1 or more).</param>
/// <param name="MinReminderWorkingDays">Working days at least between the invitation and the reminder (1 or more).</param>
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
    int ChairReminderDays,
    int MinAnswerWorkingDays = MeetingScheduleSpec.DefaultMinAnswerWorkingDays,
    int MinReminderWorkingDays = MeetingScheduleSpec.DefaultMinReminderWorkingDays)
{
    /// <summary>A week of working days to answer: people who teach read their mail once a day at best.</summary>
    public const int DefaultMinAnswerWorkingDays = 5;

    /// <summary>Two working days before anyone is reminded: a reminder the day after the invitation reads as nagging.</summary>
    public const int DefaultMinReminderWorkingDays = 2;

    /// <summary>Working days before the RSVP deadline that the partner rule is checked, so the coordinators can still act.</summary>
    public const int AtRiskWorkingDays = 2;
}
