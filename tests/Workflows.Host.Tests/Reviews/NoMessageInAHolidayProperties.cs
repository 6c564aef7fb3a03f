using CsCheck;
using NodaTime;
using Workflows.Host.Tests.Subsidies;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Calendar;

namespace Workflows.Host.Tests.Reviews;

/// <summary>
/// No subsidy or bestuur-talk message in a school holiday, on a closed day or in a weekend (issue 16), over the school
/// years 2025-26 … 2028-29 and the three regions: every step is at 09:00 on a working day, at or before its planned
/// day (a step in a closed period moves to the last working day before it), and the steps keep their order.
/// </summary>
public sealed class NoMessageInAHolidayProperties
{
    private const int Iterations = 500;
    private static readonly LocalDate First = new(2025, 8, 18);
    private static readonly LocalDate Last = new(2029, 7, 31);
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly LocalTime Nine = new(9, 0);

    private static readonly Gen<CalendarSnapshot> Calendars =
        from region in Gen.OneOf<string>("noord", "midden", "zuid")
        from goodFriday in Gen.Bool
        select new CalendarSnapshot(region, [], [], goodFriday);

    private static readonly Gen<SubsidyRoundSnapshot> Rounds =
        from calendar in Calendars
        from day in Gen.Int[0, Period.DaysBetween(First, Last)]
        from hasTime in Gen.Bool
        from quarter in Gen.Int[0, (24 * 4) - 1]
        from reminders in Gen.Int[1, 90].Array[1, 5]
        select Round() with
        {
            Calendar = calendar,
            Deadline = SnapshotCalendar.Format(First.PlusDays(day)),
            DeadlineTime = hasTime ? Workflows.Partnerships.Configuration.SubsidyDeadline.FormatTime(LocalTime.Midnight.PlusMinutes(quarter * 15)) : null,
            Reminders = reminders,
        };

    private static readonly Gen<(ConvenantSnapshot Convenant, int Year)> Convenants =
        from calendar in Calendars
        from year in Gen.Int[2026, 2029]
        from month in Gen.Int[1, 12]
        from lead in Gen.Int[0, 60]
        from until in Gen.Int[0, Period.DaysBetween(First, Last)]
        select (Convenant() with { Calendar = calendar, Month = month, LeadDays = lead, ValidUntil = SnapshotCalendar.Format(First.PlusDays(until)) }, year);

    [Fact]
    public void Subsidy_reminders_are_at_nine_on_a_working_day_at_or_before_their_day_and_before_the_deadline()
    {
        Rounds.Sample(
            round =>
            {
                var calendar = SnapshotCalendar.From(round.Calendar);
                var deadline = SnapshotCalendar.Date(round.Deadline);
                var reminders = SubsidySchedule.Reminders(round);
                Assert.Equal(reminders.OrderBy(r => r.At), reminders);
                Assert.Equal(reminders.Count, reminders.Select(r => r.Date).Distinct().Count());
                foreach (var reminder in reminders)
                {
                    var local = Local(reminder.At);
                    Assert.True(calendar.IsWorkingDay(local.Date), $"reminder on {local.Date} ({calendar.ClosedPeriodAt(local.Date)?.Name ?? local.DayOfWeek.ToString()})");
                    Assert.Equal(Nine, local.TimeOfDay);
                    Assert.True(local.Date < deadline);
                    Assert.True(round.Reminders.Any(d => local.Date <= deadline.PlusDays(-d)), $"reminder on {local.Date} after every planned day");
                    Assert.True(reminder.At < SubsidySchedule.DeadlineAt(round));
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void A_subsidy_announcement_waits_for_nine_on_a_working_day_unless_the_round_would_close_first()
    {
        (from round in Rounds
         from before in Gen.Int[0, 60 * 24 * 4]
         select (round, before)).Sample(
            c =>
            {
                var (round, before) = c;
                var deadline = SubsidySchedule.DeadlineAt(round);
                var now = deadline.AddMinutes(-15 * (before + 1));
                var at = SubsidySchedule.AnnounceAt(round, now);
                var calendar = SnapshotCalendar.From(round.Calendar);
                var local = Local(at);
                Assert.True(at >= now);
                if (at == now)
                {
                    // At once: in working hours on a working day, or because the next working morning is too late.
                    bool inHours = calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= Nine && local.TimeOfDay < new LocalTime(17, 0);
                    Assert.True(inHours || NextWorkingMorning(calendar, Local(now)) >= deadline, $"announced at once on {local}");
                }
                else
                {
                    Assert.True(calendar.IsWorkingDay(local.Date), $"announcement on {local.Date}");
                    Assert.Equal(Nine, local.TimeOfDay);
                    Assert.True(at < deadline);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Every_bestuur_talk_step_is_at_nine_on_a_working_day_in_order_and_at_or_before_its_planned_day()
    {
        Convenants.Sample(
            c =>
            {
                var (convenant, year) = c;
                var calendar = SnapshotCalendar.From(convenant.Calendar);
                var talk = ReviewSchedule.TalkDate(convenant, year);
                Assert.True(calendar.IsWorkingDay(talk), $"talk on {talk}");
                var start = ReviewSchedule.Start(convenant, talk);
                Assert.Equal(new LocalTime(15, 0), Local(start).TimeOfDay);

                var invite = ReviewSchedule.InviteAt(convenant, talk);
                var reminder = ReviewSchedule.ReminderAt(convenant, talk);
                var check = ReviewSchedule.CheckAt(convenant, talk);
                AssertStep(calendar, invite, talk.PlusDays(-convenant.LeadDays), "invitation");
                AssertStep(calendar, reminder, talk.PlusDays(-Math.Max(3, convenant.LeadDays / 2)), "reminder");
                AssertStep(calendar, check, talk.PlusDays(-2), "check");
                Assert.True(check < start);

                var ask = ReviewSchedule.OutcomeReminderAt(convenant, talk);
                var due = ReviewSchedule.OutcomeDueAt(convenant, talk);
                AssertWorkingNine(calendar, ask, "outcome reminder");
                AssertWorkingNine(calendar, due, "end of the outcome wait");
                Assert.True(ReviewSchedule.End(convenant, talk) < ask);
                Assert.True(ask <= due);

                foreach (var alert in ReviewSchedule.Alerts(convenant))
                {
                    AssertWorkingNine(calendar, alert.At, "expiry alert");
                }

                var moved = ReviewSchedule.Alternative(convenant, talk);
                Assert.True(calendar.IsWorkingDay(moved) && moved >= talk.PlusWeeks(1), $"moved talk on {moved}");
            },
            iter: Iterations);
    }

    [Fact]
    public void A_late_bestuur_invitation_waits_for_nine_on_a_working_day_unless_the_talk_comes_first()
    {
        (from c in Convenants
         from before in Gen.Int[1, 40 * 24 * 4]
         select (c.Convenant, c.Year, before)).Sample(
            c =>
            {
                var (convenant, year, before) = c;
                var calendar = SnapshotCalendar.From(convenant.Calendar);
                var talk = ReviewSchedule.TalkDate(convenant, year);
                var start = ReviewSchedule.Start(convenant, talk);
                var now = start.AddMinutes(-15 * before);
                var at = ReviewSchedule.LateInviteAt(convenant, talk, now);
                var local = Local(at);
                if (at == now)
                {
                    bool inHours = calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= Nine && local.TimeOfDay < new LocalTime(17, 0);
                    Assert.True(inHours || NextWorkingMorning(calendar, Local(now)) >= start, $"invited at once on {local}");
                }
                else
                {
                    AssertWorkingNine(calendar, at, "late invitation");
                    Assert.True(now < at && at < start);
                }
            },
            iter: Iterations);
    }

    private static void AssertStep(SchoolCalendar calendar, DateTimeOffset at, LocalDate planned, string what)
    {
        AssertWorkingNine(calendar, at, what);
        var day = Local(at).Date;
        Assert.True(day <= planned, $"{what} on {day}, after its planned day {planned}");

        // The last working day at or before the planned one: no working day between them was skipped.
        for (var d = day.PlusDays(1); d <= planned; d = d.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(d), $"{what} on {day} although {d} is a working day");
        }
    }

    private static void AssertWorkingNine(SchoolCalendar calendar, DateTimeOffset at, string what)
    {
        var local = Local(at);
        Assert.True(calendar.IsWorkingDay(local.Date), $"{what} on {local.Date} ({calendar.ClosedPeriodAt(local.Date)?.Name ?? local.DayOfWeek.ToString()})");
        Assert.Equal(Nine, local.TimeOfDay);
    }

    private static DateTimeOffset NextWorkingMorning(SchoolCalendar calendar, LocalDateTime now)
    {
        var day = now.TimeOfDay < Nine ? now.Date : now.Date.PlusDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return (day + Nine).InZoneLeniently(Amsterdam).ToDateTimeOffset();
    }

    private static LocalDateTime Local(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(Amsterdam).LocalDateTime;

    private static SubsidyRoundSnapshot Round() => SubsidyRoundSnapshots.Create(AgreementHarness.Config(), AgreementHarness.Config().SubsidyRounds[0]);

    private static ConvenantSnapshot Convenant() => ConvenantSnapshots.Create(AgreementHarness.Config(), AgreementHarness.Config().Convenants[0]);
}
