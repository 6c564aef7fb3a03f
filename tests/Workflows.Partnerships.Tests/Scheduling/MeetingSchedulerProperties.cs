using CsCheck;
using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Scheduling;

public sealed class MeetingSchedulerProperties
{
    private const int Iterations = 300;

    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private static readonly LocalDate EarliestStart = new(2025, 1, 1);

    private static readonly Gen<string> RRule = Gen.OneOf(
        from day in Gen.Int[0, 6]
        from interval in Gen.Int[1, 9]
        select $"FREQ=WEEKLY;INTERVAL={interval};BYDAY={Weekdays[day]}",
        from day in Gen.Int[0, 6]
        from nth in Gen.OneOf<int>(1, 2, 3, 4, -1)
        from interval in Gen.Int[1, 3]
        from oddMonths in Gen.Bool
        select oddMonths
            ? $"FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY={nth}{Weekdays[day]}"
            : $"FREQ=MONTHLY;INTERVAL={interval};BYDAY={nth}{Weekdays[day]}",
        from interval in Gen.Int[1, 10]
        select $"FREQ=DAILY;INTERVAL={interval}");

    private static readonly Gen<Case> Cases =
        from rrule in RRule
        from startDay in Gen.Int[0, (int)Period.DaysBetween(EarliestStart, new LocalDate(2028, 12, 31))]
        // Whole quarter hours, including the small hours so DST gaps and overlaps come up.
        from startQuarter in Gen.Int[0, (22 * 4) - 1]
        from durationQuarters in Gen.Int[1, 8]
        from zone in Gen.OneOf<string>("Europe/Amsterdam", "America/New_York")
        from region in Gen.Int[0, 3]
        from goodFriday in Gen.Bool
        from policy in Gen.Enum<HolidayPolicy>()
        from invite in Gen.Int[0, 30]
        from rsvp in Gen.Int[0, 30]
        from chair in Gen.Int[0, 30]
        from minAnswer in Gen.Int[1, 10]
        from minReminder in Gen.Int[1, 10]
        from windowOffset in Gen.Int[-60, 300]
        from windowLength in Gen.Int[0, 400]
        select new Case(
            rrule,
            EarliestStart.PlusDays(startDay),
            LocalTime.Midnight.PlusMinutes(startQuarter * 15),
            LocalTime.Midnight.PlusMinutes((startQuarter + durationQuarters) * 15),
            zone,
            region == 3 ? null : (SchoolRegion)region,
            goodFriday,
            policy,
            invite,
            rsvp,
            chair,
            minAnswer,
            minReminder,
            windowOffset,
            windowLength);

    [Fact]
    public void Occurrences_are_sorted_unique_and_inside_the_window() =>
        Cases.Sample(c =>
        {
            var result = c.Run();
            AssertStrictlyIncreasing(result.Occurrences.Select(o => o.Date));
            AssertStrictlyIncreasing(result.Skipped.Select(s => s.Date));
            AssertStrictlyIncreasing(result.Moved.Select(m => m.To));
            Assert.All(result.Occurrences, o => Assert.InRange(o.Date, c.From, c.To));
            Assert.All(result.Skipped, s => Assert.InRange(s.Date, c.From, c.To));
        }, iter: Iterations);

    [Fact]
    public void Every_meeting_starts_and_ends_at_the_configured_wall_clock_time() =>
        Cases.Sample(c =>
        {
            var spec = c.Spec;
            foreach (var occurrence in c.Run().Occurrences)
            {
                Assert.Equal(occurrence.Date, occurrence.Start.Date);
                AssertWallClock(spec.Zone, occurrence.Date.At(spec.StartTime), occurrence.Start);
                if (spec.Zone.MapLocal(occurrence.Date.At(spec.StartTime)).Count > 0)
                {
                    AssertWallClock(spec.Zone, occurrence.Date.At(spec.EndTime), occurrence.End);
                }
                Assert.True(occurrence.End.ToInstant() > occurrence.Start.ToInstant(), $"{occurrence} ends before it starts");
            }
        }, iter: Iterations);

    [Fact]
    public void Skip_and_moves_never_meet_on_a_closed_day() =>
        Cases.Where(c => c.Policy != HolidayPolicy.Ignore).Sample(c =>
        {
            var calendar = c.Calendar;
            var result = c.Run();
            Assert.All(result.Occurrences, o => Assert.Null(calendar.ClosedPeriodAt(o.Date)));
            Assert.All(result.Skipped, s => Assert.Equal(calendar.ClosedPeriodAt(s.Date)?.Name, s.Reason));
            foreach (var move in result.Moved)
            {
                Assert.Contains(c.Policy, new[] { HolidayPolicy.NextWeek, HolidayPolicy.PreviousWeek });
                Assert.Equal(calendar.ClosedPeriodAt(move.From)?.Name, move.Reason);
                Assert.Null(calendar.ClosedPeriodAt(move.To));
                var expected = c.Policy == HolidayPolicy.NextWeek ? new[] { 7L, 14L, 21L } : [-7L, -14L, -21L];
                Assert.Contains(Period.DaysBetween(move.From, move.To), expected);
                Assert.True(move.From >= c.From && move.From <= c.To || move.To >= c.From && move.To <= c.To, $"{move} touches neither end of the window");
                if (move.To >= c.From && move.To <= c.To)
                {
                    Assert.Contains(result.Occurrences, o => o.Date == move.To);
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Policies_only_remove_or_move_series_dates() =>
        Cases.Sample(c =>
        {
            var all = (c with { Policy = HolidayPolicy.Ignore }).Run();
            Assert.Empty(all.Skipped);
            Assert.Empty(all.Moved);
            var seriesDates = all.Occurrences.Select(o => o.Date).ToHashSet();

            var skip = (c with { Policy = HolidayPolicy.Skip }).Run();
            Assert.Equal(
                seriesDates.Order(),
                skip.Occurrences.Select(o => o.Date).Concat(skip.Skipped.Select(s => s.Date)).Order());

            foreach (var policy in new[] { HolidayPolicy.NextWeek, HolidayPolicy.PreviousWeek })
            {
                var moving = (c with { Policy = policy }).Run();
                var movedTo = moving.Moved.Select(m => m.To).ToHashSet();
                Assert.All(moving.Occurrences, o => Assert.True(seriesDates.Contains(o.Date) || movedTo.Contains(o.Date), $"{o.Date} is neither a series date nor a move"));
            }
        }, iter: Iterations / 2);

    [Fact]
    public void Steps_fall_on_working_days_in_order_no_later_than_their_leads_and_the_floors_apart() =>
        Cases.Sample(c =>
        {
            var calendar = c.Calendar;
            foreach (var o in c.Run().Occurrences)
            {
                MeetingStepAssertions.Hold(c.Spec, calendar, o);
            }
        }, iter: Iterations);

    private static void AssertWallClock(DateTimeZone zone, LocalDateTime expected, ZonedDateTime actual)
    {
        if (zone.MapLocal(expected).Count == 0)
        {
            // In a spring-forward gap the lenient resolver moves on by the length of the gap.
            Assert.True(actual.LocalDateTime > expected, $"{actual} should be after the gap at {expected}");
            return;
        }

        Assert.Equal(expected, actual.LocalDateTime);
    }

    private static void AssertStrictlyIncreasing(IEnumerable<LocalDate> dates)
    {
        LocalDate? previous = null;
        foreach (var date in dates)
        {
            Assert.True(previous is null || previous < date, $"{date} follows {previous}");
            previous = date;
        }
    }

    internal sealed record Case(
        string RRule,
        LocalDate Start,
        LocalTime StartTime,
        LocalTime EndTime,
        string ZoneId,
        SchoolRegion? Region,
        bool IncludeGoodFriday,
        HolidayPolicy Policy,
        int InviteLeadDays,
        int RsvpDeadlineDays,
        int ChairReminderDays,
        int MinAnswerWorkingDays,
        int MinReminderWorkingDays,
        int WindowOffset,
        int WindowLength)
    {
        public LocalDate From => Start.PlusDays(WindowOffset);

        public LocalDate To => From.PlusDays(WindowLength);

        public SchoolCalendar Calendar => new(Region, includeGoodFriday: IncludeGoodFriday);

        public MeetingScheduleSpec Spec => new(
            "series", RRule, Start, StartTime, EndTime, DateTimeZoneProviders.Tzdb[ZoneId], Policy, InviteLeadDays, RsvpDeadlineDays, ChairReminderDays,
            MinAnswerWorkingDays, MinReminderWorkingDays);

        public ScheduleResult Run() => MeetingScheduler.Occurrences(Spec, Calendar, From, To);
    }
}
