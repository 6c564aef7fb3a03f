using NodaTime;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Rules;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// When a bestuur talk's steps happen: the talk (15:00–17:00) on the review date of its month (a working day,
/// not in a school holiday), the invitation <c>leadDays</c> before at 09:00, a reminder halfway, a last check of
/// the answers two days before (each moved back to a working day), and the expiry alerts 90 and 30 days before <c>validUntil</c> (working days,
/// 09:00). Pure, so the orchestrator computes it on every replay.
/// </summary>
public static class ReviewSchedule
{
    public static readonly LocalTime StepTime = new(9, 0);
    public static readonly LocalTime TalkStart = new(15, 0);
    public static readonly LocalTime TalkEnd = new(17, 0);

    /// <summary>How long after the talk its outcome is awaited before the next year starts without it.</summary>
    public const int OutcomeWaitDays = 60;

    /// <summary>How long after the talk the coordinators are asked for an outcome that has not been recorded.</summary>
    public const int OutcomeReminderDays = 14;

    /// <summary>How often a declined talk is moved before the coordinators have to arrange it themselves.</summary>
    public const int MaxReschedules = 3;

    public static LocalDate TalkDate(ConvenantSnapshot c, int year)
    {
        ArgumentNullException.ThrowIfNull(c);
        return ConvenantCalendar.ReviewDate(year, c.Month, SnapshotCalendar.From(c.Calendar));
    }

    public static DateTimeOffset Start(ConvenantSnapshot c, LocalDate talk) => SnapshotCalendar.At(c.TimeZone, talk, TalkStart);

    public static DateTimeOffset End(ConvenantSnapshot c, LocalDate talk) => SnapshotCalendar.At(c.TimeZone, talk, TalkEnd);

    public static DateTimeOffset InviteAt(ConvenantSnapshot c, LocalDate talk) => Step(c, talk.PlusDays(-c.LeadDays));

    /// <summary>
    /// The invitation of a talk whose invitation day has passed (a convenant added late, a talk moved): at once during
    /// working hours (09:00–17:00 on a working day), else at 09:00 on the next working day, unless that is not before
    /// the talk (then at once: an invitation after the talk is no use).
    /// </summary>
    public static DateTimeOffset LateInviteAt(ConvenantSnapshot c, LocalDate talk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        var calendar = SnapshotCalendar.From(c.Calendar);
        var local = Instant.FromDateTimeOffset(now).InZone(DateTimeZoneProviders.Tzdb[c.TimeZone]).LocalDateTime;
        if (calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= StepTime && local.TimeOfDay < TalkEnd)
        {
            return now;
        }

        var day = local.TimeOfDay < StepTime ? local.Date : local.Date.PlusDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        var at = SnapshotCalendar.At(c.TimeZone, day, StepTime);
        return at < Start(c, talk) ? at : now;
    }

    public static DateTimeOffset ReminderAt(ConvenantSnapshot c, LocalDate talk) => Step(c, talk.PlusDays(-Math.Max(3, c.LeadDays / 2)));

    public static DateTimeOffset CheckAt(ConvenantSnapshot c, LocalDate talk) => Step(c, talk.PlusDays(-2));

    /// <summary>
    /// When the coordinators are asked for an outcome still missing: 09:00 on a working day about two weeks after the
    /// talk (the working day before, or when that is the talk's own day, the first working day after).
    /// </summary>
    public static DateTimeOffset OutcomeReminderAt(ConvenantSnapshot c, LocalDate talk) => AfterTalk(c, talk, OutcomeReminderDays);

    /// <summary>
    /// When the year closes without an outcome: 09:00 on a working day about <see cref="OutcomeWaitDays"/> days after the
    /// talk, local time (so never a weekend, and 09:00 also when summer time began or ended meanwhile).
    /// </summary>
    public static DateTimeOffset OutcomeDueAt(ConvenantSnapshot c, LocalDate talk) => AfterTalk(c, talk, OutcomeWaitDays);

    private static DateTimeOffset AfterTalk(ConvenantSnapshot c, LocalDate talk, int days)
    {
        ArgumentNullException.ThrowIfNull(c);
        var calendar = SnapshotCalendar.From(c.Calendar);
        var day = calendar.PreviousWorkingDay(talk.PlusDays(days));
        if (day <= talk)
        {
            day = talk.PlusDays(days);
            while (!calendar.IsWorkingDay(day))
            {
                day = day.PlusDays(1);
            }
        }

        return SnapshotCalendar.At(c.TimeZone, day, StepTime);
    }

    /// <summary>09:00 on <paramref name="day"/>, or on the working day before it: board members read mail at work.</summary>
    private static DateTimeOffset Step(ConvenantSnapshot c, LocalDate day) =>
        SnapshotCalendar.At(c.TimeZone, SnapshotCalendar.From(c.Calendar).PreviousWorkingDay(day), StepTime);

    /// <summary>Another date for a declined talk: the first working day at least a week later.</summary>
    public static LocalDate Alternative(ConvenantSnapshot c, LocalDate talk)
    {
        ArgumentNullException.ThrowIfNull(c);
        var calendar = SnapshotCalendar.From(c.Calendar);
        var date = talk.PlusWeeks(1);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>The expiry alerts of the convenant's current end date, in time order.</summary>
    public static IReadOnlyList<ExpiryAlert> Alerts(ConvenantSnapshot c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var until = SnapshotCalendar.Date(c.ValidUntil);
        return
        [
            .. ConvenantCalendar.ExpiryAlerts(until, SnapshotCalendar.From(c.Calendar))
                .Select(date => new ExpiryAlert($"{c.ValidUntil}@{SnapshotCalendar.Format(date)}", SnapshotCalendar.At(c.TimeZone, date, StepTime), Period.DaysBetween(date, until))),
        ];
    }
}

/// <summary>One expiry alert: its key (<c>{validUntil}@{date}</c>), when it goes out and the days left then.</summary>
public sealed record ExpiryAlert(string Key, DateTimeOffset At, int DaysLeft);
