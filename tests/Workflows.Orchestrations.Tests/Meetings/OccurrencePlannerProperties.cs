using CsCheck;
using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>
/// The planning step over generated series (weekly to eight-weekly, leads 1-30 days, three regions, every holiday
/// policy) and cycles started at any moment of the school years 2025-26 … 2028-29, on time or late: every step on
/// a working day, none before now, none later than planned unless caught up, in order and the floors apart.
/// </summary>
public sealed class OccurrencePlannerProperties
{
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR"];
    private static readonly string[] Policies = ["skip", "next-week", "previous-week", "ignore"];
    private static readonly string[] Regions = ["noord", "midden", "zuid"];
    private static readonly LocalDate First = new(2025, 8, 1);

    private static readonly Gen<Case> Cases =
        from interval in Gen.Int[1, 8]
        from day in Gen.Int[0, 4]
        from region in Gen.Int[0, 2]
        from policy in Gen.Int[0, 3]
        from lead in Gen.Int[1, 30]
        from rsvp in Gen.Int[0, 29]
        from chairExtra in Gen.Int[1, 14]
        from minAnswer in Gen.Int[1, 6]
        from minReminder in Gen.Int[1, 4]
        from startDay in Gen.Int[0, 365 * 3]
        from nowDay in Gen.Int[0, 120]
        from nowMinute in Gen.Int[0, (24 * 60) - 1]
        where rsvp < lead
        select new Case(
            TestPartnership.Series() with
            {
                Recurrence = $"FREQ=WEEKLY;INTERVAL={interval};BYDAY={Weekdays[day]}",
                Start = First.PlusDays(startDay).ToString("uuuu-MM-dd", null),
                Holidays = Policies[policy],
                InviteLeadDays = lead,
                RsvpDeadlineDays = rsvp,
                ChairReminderDays = lead + chairExtra,
                MinAnswerWorkingDays = minAnswer,
                MinReminderWorkingDays = minReminder,
                Calendar = TestPartnership.Series().Calendar with { Region = Regions[region] },
            },
            First.PlusDays(startDay + nowDay).AtMidnight().PlusMinutes(nowMinute));

    [Fact]
    public void Every_planned_step_is_on_a_working_day_in_order_and_never_before_now() =>
        Cases.Sample(c =>
        {
            var zone = TestPartnership.Amsterdam;
            var now = zone.AtLeniently(c.Now).ToDateTimeOffset();
            var after = c.Now.Date.PlusDays(-1).ToString("uuuu-MM-dd", null);
            var plan = OccurrencePlanner.Plan(new PlanInput(c.Series, after, [], now));
            Assert.All(plan.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));

            // A weekly to eight-weekly series always has a next meeting within the planner's horizon.
            var o = plan.Next;
            Assert.NotNull(o);
            var calendar = SnapshotCalendar.From(c.Series.Calendar);
            var spec = OccurrencePlanner.Spec(c.Series);
            var date = OccurrencePlanner.ParseDate(o.Date);
            var today = c.Now.Date;
            LocalDate Day(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(zone).Date;
            LocalDateTime Local(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
            var what = $"now {c.Now}, {o}";

            var caughtUp = calendar.NextWorkingDay(c.Now.TimeOfDay <= spec.StartTime ? today : today.PlusDays(1));
            if (o.InviteAt >= o.Start)
            {
                // Only when no working moment is left before the meeting (started on its day, or in the holiday
                // right before it): the invitation then cannot go on a working day, which the cycle must report.
                Assert.True(caughtUp >= date, what);
                return;
            }

            // Nothing before now; the invitation at the meeting's start time on a working day.
            Assert.True(o.InviteAt >= now && o.ChairReminderAt >= now, what);
            Assert.True(calendar.IsWorkingDay(Day(o.InviteAt)), what);
            Assert.Equal(spec.StartTime, Local(o.InviteAt).TimeOfDay);

            // On its planned day (at or before its lead), unless that had passed: then the first working day from now.
            var planned = MeetingSteps.For(spec, calendar, date);
            Assert.True(planned.InviteOn <= date.PlusDays(-spec.InviteLeadDays), what);
            var onTime = Day(o.InviteAt) == planned.InviteOn;
            Assert.True(onTime || (Day(o.InviteAt) == caughtUp && caughtUp > planned.InviteOn), what);

            // The agenda request before the invitation whenever a working moment is left before the invitation's day.
            if (calendar.NextWorkingDay(today) < Day(o.InviteAt))
            {
                Assert.True(o.ChairReminderAt < o.InviteAt, what);
                Assert.True(calendar.IsWorkingDay(Day(o.ChairReminderAt)), what);
            }
            else
            {
                Assert.True(o.ChairReminderAt >= o.InviteAt, what);
            }

            // The deadline after the invitation, on a working day before the meeting day, at the end time.
            Assert.True(o.InviteAt < o.RsvpDeadlineAt && o.RsvpDeadlineAt <= o.Start, what);
            if (o.RsvpDeadlineAt < o.Start)
            {
                Assert.True(calendar.IsWorkingDay(Day(o.RsvpDeadlineAt)), what);
                Assert.Equal(spec.EndTime, Local(o.RsvpDeadlineAt).TimeOfDay);
            }

            // Reminder and check strictly between invitation and deadline, on working days, never in one minute
            // with the invitation or each other, the reminder at least its floor after the invitation.
            foreach (var step in new[] { o.ReminderAt, o.AtRiskAt })
            {
                if (step is { } at)
                {
                    Assert.True(o.InviteAt < at && at < o.RsvpDeadlineAt, what);
                    Assert.True(calendar.IsWorkingDay(Day(at)), what);
                }
            }

            Assert.True(o.ReminderAt is null || o.ReminderAt != o.AtRiskAt, what);
            if (o.ReminderAt is { } reminder)
            {
                Assert.True(Day(reminder) >= calendar.WorkingDaysAfter(Day(o.InviteAt), spec.MinReminderWorkingDays), what);
            }

            // On time, the answer floor holds; late, the deadline stays and the time to answer may be shorter.
            if (onTime)
            {
                Assert.True(calendar.WorkingDaysAfter(Day(o.InviteAt), spec.MinAnswerWorkingDays) <= Day(o.RsvpDeadlineAt), what);
            }
        }, iter: 300);

    internal sealed record Case(SeriesSnapshot Series, LocalDateTime Now);
}
