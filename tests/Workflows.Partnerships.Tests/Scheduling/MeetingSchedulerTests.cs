using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Scheduling;

public sealed class MeetingSchedulerTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly SchoolCalendar Midden = new(SchoolRegion.Midden);
    private static readonly LocalDate SchoolYearStart = Dates.Parse("2026-08-01");
    private static readonly LocalDate SchoolYearEnd = Dates.Parse("2027-07-31");

    // Third Tuesday of every other month from October: 20 Oct 2026 falls in the midden herfstvakantie (17-25 Oct).
    private static MeetingScheduleSpec Directieberaad(HolidayPolicy policy, string rrule = "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TU") =>
        new("directieberaad", rrule, Dates.Parse("2026-10-01"), new LocalTime(15, 0), new LocalTime(17, 0), Amsterdam, policy, 14, 3, 10);

    [Fact]
    public void Wall_clock_time_stays_15_00_across_the_end_of_summer_time()
    {
        var spec = Directieberaad(HolidayPolicy.Ignore, "FREQ=WEEKLY;BYDAY=TU");
        var result = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-01"), Dates.Parse("2026-11-10"));

        Assert.Equal(
            ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10"],
            result.Occurrences.Select(o => o.Date.ToString("uuuu-MM-dd", null)));
        foreach (var occurrence in result.Occurrences)
        {
            var expected = occurrence.Date < Dates.Parse("2026-10-25") ? Offset.FromHours(2) : Offset.FromHours(1);
            Assert.Equal(expected, occurrence.Start.Offset);
            Assert.Equal(new LocalTime(15, 0), occurrence.Start.TimeOfDay);
            Assert.Equal(new LocalTime(17, 0), occurrence.End.TimeOfDay);
            Assert.Equal(Duration.FromHours(2), occurrence.End.ToInstant() - occurrence.Start.ToInstant());
        }

        Assert.Equal(Instant.FromUtc(2026, 10, 20, 13, 0), result.Occurrences[2].Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2026, 10, 27, 14, 0), result.Occurrences[3].Start.ToInstant());
        Assert.Empty(result.Skipped);
        Assert.Empty(result.Moved);
    }

    [Fact]
    public void Skip_drops_the_meeting_in_the_autumn_holiday()
    {
        var result = MeetingScheduler.Occurrences(Directieberaad(HolidayPolicy.Skip), Midden, SchoolYearStart, SchoolYearEnd);

        Assert.Equal(new SkippedDate(Dates.Parse("2026-10-20"), "herfstvakantie"), Assert.Single(result.Skipped));
        Assert.Equal(
            ["2026-12-15", "2027-02-16", "2027-04-20", "2027-06-15"],
            result.Occurrences.Select(o => o.Date.ToString("uuuu-MM-dd", null)));
        Assert.Empty(result.Moved);
    }

    [Fact]
    public void Next_week_moves_the_meeting_out_of_the_autumn_holiday()
    {
        var result = MeetingScheduler.Occurrences(Directieberaad(HolidayPolicy.NextWeek), Midden, SchoolYearStart, SchoolYearEnd);

        Assert.Equal(new MovedDate(Dates.Parse("2026-10-20"), Dates.Parse("2026-10-27"), "herfstvakantie"), Assert.Single(result.Moved));
        Assert.Empty(result.Skipped);
        var moved = result.Occurrences[0];
        Assert.Equal(Dates.Parse("2026-10-27"), moved.Date);
        Assert.Equal(Offset.FromHours(1), moved.Start.Offset);
        Assert.Equal(new LocalTime(15, 0), moved.Start.TimeOfDay);
        Assert.Equal(5, result.Occurrences.Count);
    }

    [Fact]
    public void Next_week_skips_when_the_move_would_reach_the_next_meeting()
    {
        var result = MeetingScheduler.Occurrences(
            Directieberaad(HolidayPolicy.NextWeek, "FREQ=WEEKLY;BYDAY=TU"), Midden, Dates.Parse("2026-10-13"), Dates.Parse("2026-10-27"));

        Assert.Equal(new SkippedDate(Dates.Parse("2026-10-20"), "herfstvakantie"), Assert.Single(result.Skipped));
        Assert.Equal([Dates.Parse("2026-10-13"), Dates.Parse("2026-10-27")], result.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Next_week_skips_when_the_holiday_lasts_longer_than_three_weeks()
    {
        // Midden zomervakantie 2027 runs 17 Jul - 29 Aug: 27 Jul, 3 and 10 Aug are all in it, but
        // 17 Aug can go to 31 Aug, two weeks on and before the September meeting.
        var result = MeetingScheduler.Occurrences(
            Directieberaad(HolidayPolicy.NextWeek, "FREQ=MONTHLY;BYDAY=3TU"), Midden, Dates.Parse("2027-07-01"), Dates.Parse("2027-09-30"));

        Assert.Equal([new SkippedDate(Dates.Parse("2027-07-20"), "zomervakantie")], result.Skipped);
        Assert.Equal([new MovedDate(Dates.Parse("2027-08-17"), Dates.Parse("2027-08-31"), "zomervakantie")], result.Moved);
        Assert.Equal([Dates.Parse("2027-08-31"), Dates.Parse("2027-09-21")], result.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Previous_week_holds_the_July_meeting_in_the_last_week_of_school()
    {
        // Third Tuesday every other month from September: 20 Jul 2027 is in the midden zomervakantie (17 Jul - 29 Aug).
        var spec = Directieberaad(HolidayPolicy.PreviousWeek) with { Start = Dates.Parse("2026-09-15"), InviteLeadDays = 21, RsvpDeadlineDays = 7, ChairReminderDays = 28 };

        var result = MeetingScheduler.Occurrences(spec, Midden, SchoolYearStart, SchoolYearEnd);

        Assert.Equal([new MovedDate(Dates.Parse("2027-07-20"), Dates.Parse("2027-07-13"), SchoolHolidays.Zomer)], result.Moved);
        Assert.Empty(result.Skipped);
        Assert.Equal(6, result.Occurrences.Count);
        var july = result.Occurrences[^1];
        Assert.Equal(Dates.Parse("2027-07-13"), july.Date);
        Assert.Equal(Dates.Parse("2027-06-22"), july.InviteOn);
        Assert.Equal(Dates.Parse("2027-07-06"), july.RsvpBy);
    }

    [Fact]
    public void Previous_week_skips_when_the_move_would_reach_the_previous_meeting()
    {
        // Weekly on Tuesdays: 20 Oct 2026 (herfstvakantie) cannot go back to 13 Oct, which has its own meeting.
        var result = MeetingScheduler.Occurrences(
            Directieberaad(HolidayPolicy.PreviousWeek, "FREQ=WEEKLY;BYDAY=TU"), Midden, Dates.Parse("2026-10-13"), Dates.Parse("2026-10-27"));

        Assert.Equal([new SkippedDate(Dates.Parse("2026-10-20"), SchoolHolidays.Herfst)], result.Skipped);
        Assert.Empty(result.Moved);
        Assert.Equal([Dates.Parse("2026-10-13"), Dates.Parse("2026-10-27")], result.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Previous_week_reports_a_move_from_after_the_window_with_the_meeting_in_it()
    {
        var spec = Directieberaad(HolidayPolicy.PreviousWeek);

        // 20 Oct 2026 moves back to 13 Oct: a window ending on the 16th holds the meeting and reports the move.
        var before = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-01"), Dates.Parse("2026-10-16"));
        var after = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-17"), Dates.Parse("2026-10-31"));

        var away = new MovedDate(Dates.Parse("2026-10-20"), Dates.Parse("2026-10-13"), SchoolHolidays.Herfst);
        Assert.Equal(Dates.Parse("2026-10-13"), Assert.Single(before.Occurrences).Date);
        Assert.Equal([away], before.Moved);
        Assert.Empty(after.Occurrences);
        Assert.Equal([away], after.Moved);
        Assert.Empty(after.Skipped);
    }

    [Fact]
    public void A_move_is_reported_in_both_windows_and_the_meeting_only_where_it_lands()
    {
        var spec = Directieberaad(HolidayPolicy.NextWeek);
        var before = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-01"), Dates.Parse("2026-10-23"));
        var after = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-24"), Dates.Parse("2026-10-31"));

        var away = new MovedDate(Dates.Parse("2026-10-20"), Dates.Parse("2026-10-27"), "herfstvakantie");
        Assert.Empty(before.Occurrences);
        Assert.Equal([away], before.Moved);
        Assert.Empty(before.Skipped);
        Assert.Equal(Dates.Parse("2026-10-27"), Assert.Single(after.Occurrences).Date);
        Assert.Equal([away], after.Moved);
    }

    [Fact]
    public void Deadlines_and_agenda_requests_move_back_off_weekends_and_holidays()
    {
        var result = MeetingScheduler.Occurrences(Directieberaad(HolidayPolicy.NextWeek), Midden, SchoolYearStart, SchoolYearEnd);
        var october = result.Occurrences.Single(o => o.Date == Dates.Parse("2026-10-27"));
        var december = result.Occurrences.Single(o => o.Date == Dates.Parse("2026-12-15"));
        var april = result.Occurrences.Single(o => o.Date == Dates.Parse("2027-04-20"));

        // 24 Oct (3 days before) is in the herfstvakantie: back to Friday 16 Oct. The invitation's lead day, 13 Oct,
        // would leave three working days to answer; the floor of five pulls it back to Friday 9 Oct. The chair is
        // asked before the invitation goes out, never on the same day: Thursday 8 Oct.
        Assert.Equal(Dates.Parse("2026-10-09"), october.InviteOn);
        Assert.Equal(Dates.Parse("2026-10-16"), october.RsvpBy);
        Assert.Equal(Dates.Parse("2026-10-08"), october.ChairReminderOn);
        // 5 Dec 2026 is a Saturday; the chair request goes before the invitation of 1 Dec.
        Assert.Equal(Dates.Parse("2026-12-01"), december.InviteOn);
        Assert.Equal(Dates.Parse("2026-11-30"), december.ChairReminderOn);
        Assert.Equal(Dates.Parse("2026-12-11"), december.RsvpBy);
        // 17 Apr 2027 is a Saturday.
        Assert.Equal(Dates.Parse("2027-04-16"), april.RsvpBy);
    }

    [Fact]
    public void An_invitation_due_on_Hemelvaartsdag_goes_the_working_day_before()
    {
        var spec = Directieberaad(HolidayPolicy.Skip, "FREQ=WEEKLY;BYDAY=TU") with
        {
            Start = Dates.Parse("2026-01-01"), InviteLeadDays = 5, RsvpDeadlineDays = 0, ChairReminderDays = 5, MinAnswerWorkingDays = 1,
        };
        var calendar = new SchoolCalendar(region: null);

        var occurrence = Assert.Single(MeetingScheduler.Occurrences(spec, calendar, Dates.Parse("2026-05-19"), Dates.Parse("2026-05-19")).Occurrences);

        // Hemelvaartsdag 14 May 2026: the invitation (until this fix sent on the holiday itself) goes on Wednesday
        // 13 May, the agenda request the day before. Answers are due on a working day before the meeting day, not
        // during the meeting: Monday 18 May. Friday 15 May is one working day after the invitation, less than the
        // reminder floor of two, so there is no reminder; the check would fall on the invitation's day: none.
        Assert.Equal(Dates.Parse("2026-05-13"), occurrence.InviteOn);
        Assert.Equal(Dates.Parse("2026-05-18"), occurrence.RsvpBy);
        Assert.Equal(Dates.Parse("2026-05-12"), occurrence.ChairReminderOn);
        Assert.Null(occurrence.ReminderOn);
        Assert.Null(occurrence.AtRiskOn);
    }

    [Fact]
    public void An_rsvp_deadline_moved_back_past_the_lead_day_pulls_the_invitation_back_by_the_floor()
    {
        // The meeting right after the kerstvakantie (midden 2026-12-19 .. 2027-01-03): a deadline 2 days ahead
        // falls in the holiday and moves back to Friday 18 Dec, before the 5-day lead. The invitation goes five
        // working days before it (until the floors, the day before: one day to answer), the agenda request the day
        // before that; the reminder on the Tuesday, before the check on Wednesday.
        var spec = Directieberaad(HolidayPolicy.Skip, "FREQ=WEEKLY;BYDAY=TU") with { Start = Dates.Parse("2026-01-01"), InviteLeadDays = 5, RsvpDeadlineDays = 2, ChairReminderDays = 6 };

        var occurrence = Assert.Single(MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2027-01-05"), Dates.Parse("2027-01-05")).Occurrences);

        Assert.Equal(Dates.Parse("2026-12-18"), occurrence.RsvpBy);
        Assert.Equal(Dates.Parse("2026-12-11"), occurrence.InviteOn);
        Assert.Equal(Dates.Parse("2026-12-10"), occurrence.ChairReminderOn);
        Assert.Equal(Dates.Parse("2026-12-15"), occurrence.ReminderOn);
        Assert.Equal(Dates.Parse("2026-12-16"), occurrence.AtRiskOn);
    }

    [Fact]
    public void Public_holidays_and_extra_closed_days_are_skipped_too()
    {
        var calendar = new SchoolCalendar(region: null, extraClosedDays: [Dates.Parse("2026-06-02")]);
        var spec = Directieberaad(HolidayPolicy.Skip, "FREQ=WEEKLY;BYDAY=MO") with { Start = Dates.Parse("2026-01-01") };

        var result = MeetingScheduler.Occurrences(spec, calendar, Dates.Parse("2026-05-18"), Dates.Parse("2026-06-08"));

        Assert.Equal([new SkippedDate(Dates.Parse("2026-05-25"), PublicHolidays.TweedePinksterdag)], result.Skipped);

        var tuesdays = MeetingScheduler.Occurrences(spec with { RRule = "FREQ=WEEKLY;BYDAY=TU" }, calendar, Dates.Parse("2026-06-01"), Dates.Parse("2026-06-07"));
        Assert.Equal([new SkippedDate(Dates.Parse("2026-06-02"), SchoolCalendar.ExtraClosedDayName)], tuesdays.Skipped);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_is_resolved_leniently()
    {
        var spec = Directieberaad(HolidayPolicy.Ignore, "FREQ=WEEKLY;BYDAY=SU") with { StartTime = new LocalTime(2, 30), EndTime = new LocalTime(3, 30) };

        var occurrence = Assert.Single(MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2027-03-28"), Dates.Parse("2027-03-28")).Occurrences);

        Assert.Equal(new LocalTime(3, 30), occurrence.Start.TimeOfDay);
        Assert.Equal(Offset.FromHours(2), occurrence.Start.Offset);
    }

    [Fact]
    public void A_start_pushed_past_the_gap_keeps_the_planned_length()
    {
        var spec = Directieberaad(HolidayPolicy.Ignore, "FREQ=WEEKLY;BYDAY=SU") with { StartTime = new LocalTime(2, 30), EndTime = new LocalTime(2, 45) };

        var occurrence = Assert.Single(MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2027-03-28"), Dates.Parse("2027-03-28")).Occurrences);

        Assert.Equal(Duration.FromMinutes(15), occurrence.End.ToInstant() - occurrence.Start.ToInstant());
    }

    [Fact]
    public void The_start_date_is_not_a_meeting_unless_the_rule_matches_it()
    {
        // 1 Sep 2026 is a Tuesday; the rule meets on Thursdays.
        var spec = Directieberaad(HolidayPolicy.Ignore, "FREQ=WEEKLY;BYDAY=TH;COUNT=2") with { Start = Dates.Parse("2026-09-01") };

        var result = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-08-01"), Dates.Parse("2026-12-31"));

        Assert.Equal([Dates.Parse("2026-09-03"), Dates.Parse("2026-09-10")], result.Occurrences.Select(o => o.Date));
    }

    [Theory]
    [InlineData("20261013T130000Z", new[] { "2026-10-06", "2026-10-13" })]
    [InlineData("20261012T220000Z", new[] { "2026-10-06" })]
    [InlineData("20261013T145959", new[] { "2026-10-06" })]
    [InlineData("20261013", new[] { "2026-10-06", "2026-10-13" })]
    public void Until_bounds_the_meeting_start_in_the_partnership_zone(string until, string[] expected)
    {
        // The meeting starts at 15:00 local (13:00 UTC in October); RFC 5545 UNTIL bounds the start.
        var spec = Directieberaad(HolidayPolicy.Ignore, $"FREQ=WEEKLY;BYDAY=TU;UNTIL={until}");

        var result = MeetingScheduler.Occurrences(spec, Midden, Dates.Parse("2026-10-01"), Dates.Parse("2026-12-31"));

        Assert.Equal(expected.Select(Dates.Parse), result.Occurrences.Select(o => o.Date));
    }

    [Theory]
    [InlineData("not a rule")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=WEEKLY;BYHOUR=15")]
    public void Unusable_rules_are_refused(string rrule)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MeetingScheduler.Occurrences(Directieberaad(HolidayPolicy.Skip, rrule), Midden, SchoolYearStart, SchoolYearEnd));
        Assert.Contains(rrule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_never_matches_yields_nothing_instead_of_hanging()
    {
        var result = MeetingScheduler.Occurrences(Directieberaad(HolidayPolicy.Skip, "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30"), Midden, SchoolYearStart, SchoolYearEnd);
        Assert.Empty(result.Occurrences);
    }

    [Fact]
    public void Meetings_that_end_before_they_start_or_have_negative_lead_times_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MeetingScheduler.Occurrences(
            Directieberaad(HolidayPolicy.Skip) with { EndTime = new LocalTime(15, 0) }, Midden, SchoolYearStart, SchoolYearEnd));
        Assert.Throws<ArgumentException>(() => MeetingScheduler.Occurrences(
            Directieberaad(HolidayPolicy.Skip) with { InviteLeadDays = -1 }, Midden, SchoolYearStart, SchoolYearEnd));
    }
}
