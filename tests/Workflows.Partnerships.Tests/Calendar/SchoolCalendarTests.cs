using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Tests.Calendar;

public sealed class SchoolCalendarTests
{
    private static readonly SchoolCalendar Midden = new(SchoolRegion.Midden);

    [Fact]
    public void A_day_in_the_autumn_holiday_is_closed_with_its_name()
    {
        Assert.True(Midden.IsClosed(Dates.Parse("2026-10-20"), out var reason));
        Assert.Equal(SchoolHolidays.Herfst, reason!.Name);
        Assert.False(Midden.IsWorkingDay(Dates.Parse("2026-10-20")));
    }

    [Fact]
    public void Ordinary_weekdays_are_working_days_and_weekends_are_not()
    {
        Assert.True(Midden.IsWorkingDay(Dates.Parse("2026-10-13")));
        Assert.False(Midden.IsClosed(Dates.Parse("2026-10-10"), out _));
        Assert.False(Midden.IsWorkingDay(Dates.Parse("2026-10-10")));
    }

    [Fact]
    public void Public_holidays_close_even_without_a_region()
    {
        var calendar = new SchoolCalendar(region: null);
        Assert.Equal(PublicHolidays.Hemelvaartsdag, calendar.ClosedPeriodAt(Dates.Parse("2026-05-14"))!.Name);
        Assert.Null(calendar.ClosedPeriodAt(Dates.Parse("2026-10-20")));
        Assert.Empty(calendar.SchoolHolidays);
    }

    [Fact]
    public void School_holiday_is_the_reason_when_it_overlaps_a_public_holiday()
    {
        Assert.Equal(SchoolHolidays.Kerst, Midden.ClosedPeriodAt(Dates.Parse("2026-12-25"))!.Name);
    }

    [Fact]
    public void Good_Friday_closes_only_when_configured()
    {
        var goodFriday = Dates.Parse("2026-04-03");
        Assert.True(Midden.IsWorkingDay(goodFriday));
        Assert.False(new SchoolCalendar(SchoolRegion.Midden, includeGoodFriday: true).IsWorkingDay(goodFriday));
    }

    [Fact]
    public void An_override_with_the_same_name_and_school_year_replaces_the_built_in_holiday()
    {
        var moved = new ClosedPeriod(Dates.Parse("2026-10-24"), Dates.Parse("2026-11-01"), "Herfstvakantie");
        var calendar = new SchoolCalendar(SchoolRegion.Midden, [moved]);

        Assert.True(calendar.IsWorkingDay(Dates.Parse("2026-10-19")));
        Assert.Equal(moved, calendar.ClosedPeriodAt(Dates.Parse("2026-10-27")));
        Assert.Single(calendar.SchoolHolidays, p => p.SchoolYear == 2026 && p.Name.Equals("herfstvakantie", StringComparison.OrdinalIgnoreCase));
        // Other school years keep their built-in autumn holiday.
        Assert.False(calendar.IsWorkingDay(Dates.Parse("2027-10-19")));
    }

    [Fact]
    public void Other_configured_periods_and_days_extend_the_calendar()
    {
        var calendar = new SchoolCalendar(
            SchoolRegion.Midden,
            [new ClosedPeriod(Dates.Parse("2026-11-09"), Dates.Parse("2026-11-10"), "toetsweek")],
            [Dates.Parse("2026-11-17")]);

        Assert.Equal("toetsweek", calendar.ClosedPeriodAt(Dates.Parse("2026-11-10"))!.Name);
        Assert.Equal(SchoolCalendar.ExtraClosedDayName, calendar.ClosedPeriodAt(Dates.Parse("2026-11-17"))!.Name);
        Assert.False(calendar.IsWorkingDay(Dates.Parse("2026-10-20")));
    }

    [Fact]
    public void Previous_working_day_skips_weekends_and_whole_holidays()
    {
        Assert.Equal(Dates.Parse("2026-10-13"), Midden.PreviousWorkingDay(Dates.Parse("2026-10-13")));
        Assert.Equal(Dates.Parse("2026-10-16"), Midden.PreviousWorkingDay(Dates.Parse("2026-10-25")));
        // Kerstvakantie 19 Dec - 3 Jan; 2 Jan 2027 is a Saturday.
        Assert.Equal(Dates.Parse("2026-12-18"), Midden.PreviousWorkingDay(Dates.Parse("2027-01-03")));
        // Tweede Paasdag 2026 is Monday 6 April.
        Assert.Equal(Dates.Parse("2026-04-03"), Midden.PreviousWorkingDay(Dates.Parse("2026-04-06")));
        Assert.Equal(Dates.Parse("2026-04-02"), new SchoolCalendar(SchoolRegion.Midden, includeGoodFriday: true).PreviousWorkingDay(Dates.Parse("2026-04-06")));
    }

    [Fact]
    public void Bevrijdingsdag_is_a_working_day_in_2027_and_closed_in_2030_unless_configured_otherwise()
    {
        // Wednesday 5 May 2027, outside the meivakantie of 24 Apr - 2 May.
        Assert.True(Midden.IsWorkingDay(Dates.Parse("2027-05-05")));
        Assert.Null(Midden.ClosedPeriodAt(Dates.Parse("2027-05-05")));
        // 5 May 2030 is a Sunday, but the closed day is what a configured rule or a report names.
        Assert.Equal(PublicHolidays.Bevrijdingsdag, Midden.ClosedPeriodAt(Dates.Parse("2030-05-05"))?.Name);
        Assert.False(new SchoolCalendar(region: null).IsWorkingDay(Dates.Parse("2025-05-05")));
        Assert.False(new SchoolCalendar(SchoolRegion.Midden, liberationDay: LiberationDayRule.Always).IsWorkingDay(Dates.Parse("2027-05-05")));
        Assert.True(new SchoolCalendar(region: null, liberationDay: LiberationDayRule.Never).IsWorkingDay(Dates.Parse("2025-05-05")));
    }

    [Fact]
    public void The_Friday_after_Hemelvaart_is_closed_only_when_configured()
    {
        // Hemelvaartsdag 2027 is Thursday 6 May.
        var friday = Dates.Parse("2027-05-07");
        Assert.True(Midden.IsWorkingDay(friday));
        var calendar = new SchoolCalendar(SchoolRegion.Midden, fridayAfterAscension: true);
        Assert.Equal("vrijdag na Hemelvaart", calendar.ClosedPeriodAt(friday)!.Name);
        Assert.Equal(Dates.Parse("2027-05-05"), calendar.PreviousWorkingDay(Dates.Parse("2027-05-09")));
    }

    [Fact]
    public void Working_days_are_counted_over_weekends_and_holidays()
    {
        // Friday 16 Oct 2026, then the herfstvakantie 17-25 Oct.
        Assert.Equal(Dates.Parse("2026-10-26"), Midden.WorkingDaysAfter(Dates.Parse("2026-10-16"), 1));
        Assert.Equal(Dates.Parse("2026-10-30"), Midden.WorkingDaysAfter(Dates.Parse("2026-10-16"), 5));
        Assert.Equal(Dates.Parse("2026-10-16"), Midden.WorkingDaysBefore(Dates.Parse("2026-10-26"), 1));
        Assert.Equal(Dates.Parse("2026-10-12"), Midden.WorkingDaysBefore(Dates.Parse("2026-10-22"), 5));
        Assert.Equal(Dates.Parse("2026-10-26"), Midden.NextWorkingDay(Dates.Parse("2026-10-17")));
        Assert.Equal(Dates.Parse("2026-10-16"), Midden.NextWorkingDay(Dates.Parse("2026-10-16")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Midden.WorkingDaysAfter(Dates.Parse("2026-10-16"), 0));
    }

    [Fact]
    public void Closed_period_rejects_an_end_before_its_start()
    {
        Assert.Throws<ArgumentException>(() => new ClosedPeriod(Dates.Parse("2026-10-02"), Dates.Parse("2026-10-01"), "x"));
        Assert.Throws<ArgumentException>(() => new ClosedPeriod(Dates.Parse("2026-10-01"), Dates.Parse("2026-10-01"), " "));
    }

    [Fact]
    public void Closed_periods_between_lists_every_kind_in_date_order()
    {
        var periods = Midden.ClosedPeriodsBetween(Dates.Parse("2026-12-01"), Dates.Parse("2027-01-31"));
        Assert.Equal(
            [SchoolHolidays.Kerst, PublicHolidays.EersteKerstdag, PublicHolidays.TweedeKerstdag, PublicHolidays.Nieuwjaarsdag],
            periods.Select(p => p.Name));
    }
}
