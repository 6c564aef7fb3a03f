using NodaTime;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Tests.Calendar;

public sealed class PublicHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_follows_the_Gregorian_computus(int year, string easter)
    {
        Assert.Equal(Dates.Parse(easter), PublicHolidays.EasterSunday(year));
    }

    [Fact]
    public void Koningsdag_moves_to_Saturday_when_27_April_is_a_Sunday()
    {
        Assert.Equal(Dates.Parse("2025-04-26"), Single(2025, PublicHolidays.Koningsdag));
        Assert.Equal(Dates.Parse("2026-04-27"), Single(2026, PublicHolidays.Koningsdag));
        Assert.Equal(Dates.Parse("2031-04-26"), Single(2031, PublicHolidays.Koningsdag));
    }

    [Fact]
    public void Holidays_of_2026_are_derived_from_Easter()
    {
        var days = PublicHolidays.For(2026, includeGoodFriday: true, LiberationDayRule.Always, fridayAfterAscension: true).ToDictionary(p => p.Name, p => p.First);
        Assert.Equal(Dates.Parse("2026-01-01"), days[PublicHolidays.Nieuwjaarsdag]);
        Assert.Equal(Dates.Parse("2026-04-03"), days[PublicHolidays.GoedeVrijdag]);
        Assert.Equal(Dates.Parse("2026-04-05"), days[PublicHolidays.EerstePaasdag]);
        Assert.Equal(Dates.Parse("2026-04-06"), days[PublicHolidays.TweedePaasdag]);
        Assert.Equal(Dates.Parse("2026-05-05"), days[PublicHolidays.Bevrijdingsdag]);
        Assert.Equal(Dates.Parse("2026-05-14"), days[PublicHolidays.Hemelvaartsdag]);
        Assert.Equal(Dates.Parse("2026-05-15"), days[PublicHolidays.VrijdagNaHemelvaart]);
        Assert.Equal(Dates.Parse("2026-05-24"), days[PublicHolidays.EerstePinksterdag]);
        Assert.Equal(Dates.Parse("2026-05-25"), days[PublicHolidays.TweedePinksterdag]);
        Assert.Equal(Dates.Parse("2026-12-25"), days[PublicHolidays.EersteKerstdag]);
        Assert.Equal(Dates.Parse("2026-12-26"), days[PublicHolidays.TweedeKerstdag]);
        Assert.Equal(12, days.Count);
    }

    [Theory]
    [InlineData(2025, true)]
    [InlineData(2026, false)]
    [InlineData(2027, false)]
    [InlineData(2029, false)]
    [InlineData(2030, true)]
    [InlineData(2035, true)]
    public void Bevrijdingsdag_is_closed_in_lustrum_years_by_default(int year, bool closed)
    {
        Assert.Equal(closed, PublicHolidays.For(year, includeGoodFriday: false).Any(p => p.Name == PublicHolidays.Bevrijdingsdag));
        Assert.Contains(PublicHolidays.For(year, includeGoodFriday: false, LiberationDayRule.Always), p => p.Name == PublicHolidays.Bevrijdingsdag && p.First == new LocalDate(year, 5, 5));
        Assert.DoesNotContain(PublicHolidays.For(year, includeGoodFriday: false, LiberationDayRule.Never), p => p.Name == PublicHolidays.Bevrijdingsdag);
    }

    [Fact]
    public void The_Friday_after_Hemelvaart_only_when_asked()
    {
        Assert.DoesNotContain(PublicHolidays.For(2027, includeGoodFriday: false), p => p.Name == PublicHolidays.VrijdagNaHemelvaart);
        var friday = Assert.Single(PublicHolidays.For(2027, includeGoodFriday: false, fridayAfterAscension: true), p => p.Name == PublicHolidays.VrijdagNaHemelvaart).First;
        Assert.Equal(Dates.Parse("2027-05-07"), friday);
        Assert.Equal(IsoDayOfWeek.Friday, friday.DayOfWeek);
        Assert.Equal("vrijdag na Hemelvaart", PublicHolidays.VrijdagNaHemelvaart);
    }

    [Fact]
    public void Good_Friday_only_when_asked()
    {
        Assert.DoesNotContain(PublicHolidays.For(2027, includeGoodFriday: false), p => p.Name == PublicHolidays.GoedeVrijdag);
        Assert.Equal(Dates.Parse("2027-03-26"), Single(2027, PublicHolidays.GoedeVrijdag));
    }

    [Fact]
    public void Holidays_are_single_days_in_date_order()
    {
        for (var year = 2020; year <= 2040; year++)
        {
            var days = PublicHolidays.For(year, includeGoodFriday: true, LiberationDayRule.Always, fridayAfterAscension: true);
            Assert.All(days, p => Assert.Equal(p.First, p.Last));
            Assert.Equal(days.OrderBy(p => p.First), days);
        }
    }

    private static LocalDate Single(int year, string name) =>
        Assert.Single(PublicHolidays.For(year, includeGoodFriday: true), p => p.Name == name).First;
}
