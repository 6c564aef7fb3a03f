using CsCheck;
using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Scheduling;

/// <summary>
/// Series as partnerships configure them (weekly to eight-weekly, leads up to a month, the default floors) over
/// the school years the built-in table covers, in all three regions: no step on a closed day or weekend, none
/// later than its lead, in order and the floors apart, and every series date held, moved or skipped with a reason.
/// </summary>
public sealed class SchoolYearSeriesProperties
{
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR"];

    private static readonly LocalDate First = new(2025, 8, 1);
    private static readonly LocalDate Last = new(2029, 7, 31);

    private static readonly Gen<Series> Generated =
        from interval in Gen.Int[1, 8]
        from day in Gen.Int[0, 4]
        from startOffset in Gen.Int[0, 400]
        from region in Gen.Enum<SchoolRegion>()
        from policy in Gen.Enum<HolidayPolicy>()
        from lead in Gen.Int[1, 30]
        from rsvp in Gen.Int[0, 29]
        from chairExtra in Gen.Int[1, 14]
        from liberation in Gen.Enum<LiberationDayRule>()
        from ascension in Gen.Bool
        where rsvp < lead
        select new Series(
            new MeetingScheduleSpec(
                "series",
                $"FREQ=WEEKLY;INTERVAL={interval};BYDAY={Weekdays[day]}",
                First.PlusDays(startOffset),
                new LocalTime(15, 0),
                new LocalTime(17, 0),
                DateTimeZoneProviders.Tzdb["Europe/Amsterdam"],
                policy,
                lead,
                rsvp,
                lead + chairExtra),
            new SchoolCalendar(region, liberationDay: liberation, fridayAfterAscension: ascension));

    [Fact]
    public void Every_step_is_on_a_working_day_no_later_than_its_lead_in_order_and_the_floors_apart() =>
        Generated.Sample(s =>
        {
            foreach (var o in s.Run().Occurrences)
            {
                MeetingStepAssertions.Hold(s.Spec, s.Calendar, o);
            }
        }, iter: 200);

    [Fact]
    public void Every_series_date_is_held_moved_or_skipped_with_the_closed_periods_name() =>
        Generated.Sample(s =>
        {
            var result = s.Run();
            var all = MeetingScheduler.Occurrences(s.Spec with { Holidays = HolidayPolicy.Ignore }, s.Calendar, First, Last).Occurrences.Select(o => o.Date);
            var held = result.Occurrences.Select(o => o.Date).ToHashSet();
            var skipped = result.Skipped.ToDictionary(d => d.Date);
            var moved = result.Moved.ToDictionary(m => m.From);
            foreach (var date in all)
            {
                if (skipped.TryGetValue(date, out var skip))
                {
                    Assert.Equal(s.Calendar.ClosedPeriodAt(date)?.Name, skip.Reason);
                }
                else if (moved.TryGetValue(date, out var move))
                {
                    Assert.Equal(s.Calendar.ClosedPeriodAt(date)?.Name, move.Reason);
                    Assert.True(held.Contains(move.To) || move.To < First || move.To > Last, $"{move} is not held");
                }
                else
                {
                    Assert.Contains(date, held);
                }
            }
        }, iter: 100);

    private sealed record Series(MeetingScheduleSpec Spec, SchoolCalendar Calendar)
    {
        public ScheduleResult Run() => MeetingScheduler.Occurrences(Spec, Calendar, First, Last);
    }
}
