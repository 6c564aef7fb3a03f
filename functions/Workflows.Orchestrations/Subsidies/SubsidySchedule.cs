using NodaTime;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// When a round's messages go out: reminders at 09:00 on each reminder day, moved back to the previous working day
/// when it falls on a weekend or a day schools are closed; the round closes when the deadline day ends (links
/// expire then too). Pure, so the orchestrator computes it itself on every replay.
/// </summary>
public static class SubsidySchedule
{
    /// <summary>The hour reminders are sent, local time: the start of a director's working day.</summary>
    public static readonly LocalTime ReminderTime = new(9, 0);

    /// <summary>The end of the deadline day in the partnership's time zone.</summary>
    public static DateTimeOffset DeadlineAt(SubsidyRoundSnapshot round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return SnapshotCalendar.At(round.TimeZone, SnapshotCalendar.Date(round.Deadline).PlusDays(1), LocalTime.Midnight);
    }

    /// <summary>
    /// When the announcement goes out: at once during working hours (09:00–17:00 on a working day), else at 09:00
    /// on the next working day, but never after the deadline day has begun (then at once).
    /// </summary>
    public static DateTimeOffset AnnounceAt(SubsidyRoundSnapshot round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        var calendar = SnapshotCalendar.From(round.Calendar);
        var zone = DateTimeZoneProviders.Tzdb[round.TimeZone];
        var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
        if (calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= ReminderTime && local.TimeOfDay < new LocalTime(17, 0))
        {
            return now;
        }

        var day = local.TimeOfDay < ReminderTime ? local.Date : local.Date.PlusDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        var at = SnapshotCalendar.At(round.TimeZone, day, ReminderTime);
        return day >= SnapshotCalendar.Date(round.Deadline) ? now : at;
    }

    /// <summary>Every reminder of the round, in time order, one per day (two reminder days moved onto one day send once).</summary>
    public static IReadOnlyList<SubsidyReminder> Reminders(SubsidyRoundSnapshot round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var calendar = SnapshotCalendar.From(round.Calendar);
        var deadline = SnapshotCalendar.Date(round.Deadline);
        return
        [
            .. round.Reminders
                .Where(days => days > 0)
                .Select(days => calendar.PreviousWorkingDay(deadline.PlusDays(-days)))
                .Distinct()
                .Order()
                .Select(date => new SubsidyReminder(
                    SnapshotCalendar.Format(date),
                    SnapshotCalendar.At(round.TimeZone, date, ReminderTime),
                    Period.DaysBetween(date, deadline))),
        ];
    }
}

/// <summary>One reminder day: the date (yyyy-MM-dd), the moment it goes out and the days left until the deadline.</summary>
public sealed record SubsidyReminder(string Date, DateTimeOffset At, int DaysLeft);
