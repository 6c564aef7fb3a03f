using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// When a round's messages go out: reminders at 09:00 on each reminder day, moved back to the previous working day
/// when it falls on a weekend or a day schools are closed; the round closes at its deadline (links expire then too):
/// at the deadline's time of day, or, for a date alone, when that day ends. Local time of the partnership's zone, so
/// 17:00 stays 17:00 across a change to or from summer time. Pure, so the orchestrator computes it itself on every replay.
/// </summary>
public static class SubsidySchedule
{
    /// <summary>The hour reminders are sent, local time: the start of a director's working day.</summary>
    public static readonly LocalTime ReminderTime = new(9, 0);

    /// <summary>
    /// When the round closes: the deadline's time of day in the partnership's time zone, or the end of the deadline
    /// day (the next day's 00:00, exclusive) when it has no time. A time that does not exist that day (the hour skipped
    /// when summer time begins) is the first moment after it.
    /// </summary>
    public static DateTimeOffset DeadlineAt(SubsidyRoundSnapshot round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var closes = SubsidyDeadline.ClosesAt(SnapshotCalendar.Date(round.Deadline), SubsidyDeadline.ParseTime(round.DeadlineTime));
        return SnapshotCalendar.At(round.TimeZone, closes.Date, closes.TimeOfDay);
    }

    /// <summary>
    /// The round with the deadline of <paramref name="change"/>, or null when it is unreadable, the same as in force,
    /// or beyond the horizon (the edge refuses those; one that slipped through must not end the round).
    /// </summary>
    public static SubsidyRoundSnapshot? WithDeadline(SubsidyRoundSnapshot round, DeadlineChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(change);
        if (!SubsidyDeadline.TryParse(change.Deadline, out var date, out var time)
            || date > DateHorizon.Latest(SnapshotCalendar.LocalDate(round.TimeZone, now)))
        {
            return null;
        }

        var moved = round with { Deadline = SnapshotCalendar.Format(date), DeadlineTime = SubsidyDeadline.FormatTime(time) };
        return moved.Deadline == round.Deadline && moved.DeadlineTime == round.DeadlineTime ? null : moved;
    }

    /// <summary>
    /// When the announcement goes out: at once during working hours (09:00–17:00 on a working day), else at 09:00
    /// on the next working day, but never at or after the deadline (then at once: a round announced after it closed
    /// is no use to anyone).
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
        return at >= DeadlineAt(round) ? now : at;
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
