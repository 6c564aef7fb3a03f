using NodaTime;

namespace Workflows.Partnerships.Calendar;

/// <summary>
/// The Dutch public holidays schools observe, computed per year from Easter so that no table
/// runs out. Bevrijdingsdag is included every year: most partnerships do not plan meetings on it
/// even in the years schools are open.
/// </summary>
public static class PublicHolidays
{
    public const string GoedeVrijdag = "Goede Vrijdag";
    public const string EerstePaasdag = "Eerste Paasdag";
    public const string TweedePaasdag = "Tweede Paasdag";
    public const string Koningsdag = "Koningsdag";
    public const string Bevrijdingsdag = "Bevrijdingsdag";
    public const string Hemelvaartsdag = "Hemelvaartsdag";
    public const string EerstePinksterdag = "Eerste Pinksterdag";
    public const string TweedePinksterdag = "Tweede Pinksterdag";
    public const string EersteKerstdag = "Eerste Kerstdag";
    public const string TweedeKerstdag = "Tweede Kerstdag";
    public const string Nieuwjaarsdag = "Nieuwjaarsdag";

    /// <summary>The holidays of one calendar year as one-day periods, in date order.</summary>
    public static IReadOnlyList<ClosedPeriod> For(int year, bool includeGoodFriday)
    {
        var easter = EasterSunday(year);
        var kingsDay = new LocalDate(year, 4, 27);
        if (kingsDay.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            kingsDay = kingsDay.PlusDays(-1);
        }

        var days = new List<ClosedPeriod>(11)
        {
            Day(new LocalDate(year, 1, 1), Nieuwjaarsdag),
            Day(easter, EerstePaasdag),
            Day(easter.PlusDays(1), TweedePaasdag),
            Day(kingsDay, Koningsdag),
            Day(new LocalDate(year, 5, 5), Bevrijdingsdag),
            Day(easter.PlusDays(39), Hemelvaartsdag),
            Day(easter.PlusDays(49), EerstePinksterdag),
            Day(easter.PlusDays(50), TweedePinksterdag),
            Day(new LocalDate(year, 12, 25), EersteKerstdag),
            Day(new LocalDate(year, 12, 26), TweedeKerstdag),
        };
        if (includeGoodFriday)
        {
            days.Add(Day(easter.PlusDays(-2), GoedeVrijdag));
        }

        // Hemelvaart can fall on Koningsdag or Bevrijdingsdag (5 May 2016); a stable order keeps both.
        return [.. days.OrderBy(day => day.First)];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm as given by Meeus).</summary>
    public static LocalDate EasterSunday(int year)
    {
        if (year < 1583 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Easter is computed for Gregorian years 1583-9999 only.");
        }

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static ClosedPeriod Day(LocalDate date, string name) => new(date, date, name);
}
