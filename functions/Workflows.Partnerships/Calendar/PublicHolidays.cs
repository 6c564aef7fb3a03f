using NodaTime;

namespace Workflows.Partnerships.Calendar;

/// <summary>
/// The Dutch public holidays schools observe, computed per year from Easter so that no table
/// runs out. Bevrijdingsdag closes by <see cref="LiberationDayRule"/> (only in lustrum years by default),
/// Goede Vrijdag and the Friday after Hemelvaartsdag only when the partnership's schools close then.
/// </summary>
public static class PublicHolidays
{
    public const string GoedeVrijdag = "Goede Vrijdag";
    public const string EerstePaasdag = "Eerste Paasdag";
    public const string TweedePaasdag = "Tweede Paasdag";
    public const string Koningsdag = "Koningsdag";
    public const string Bevrijdingsdag = "Bevrijdingsdag";
    public const string Hemelvaartsdag = "Hemelvaartsdag";
    public const string VrijdagNaHemelvaart = "vrijdag na Hemelvaart";
    public const string EerstePinksterdag = "Eerste Pinksterdag";
    public const string TweedePinksterdag = "Tweede Pinksterdag";
    public const string EersteKerstdag = "Eerste Kerstdag";
    public const string TweedeKerstdag = "Tweede Kerstdag";
    public const string Nieuwjaarsdag = "Nieuwjaarsdag";

    /// <summary>The holidays of one calendar year as one-day periods, in date order.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="includeGoodFriday">Whether Goede Vrijdag is closed.</param>
    /// <param name="liberationDay">When Bevrijdingsdag is closed.</param>
    /// <param name="fridayAfterAscension">Whether the Friday after Hemelvaartsdag is closed (many schools give it off).</param>
    public static IReadOnlyList<ClosedPeriod> For(
        int year,
        bool includeGoodFriday,
        LiberationDayRule liberationDay = LiberationDayRule.Lustrum,
        bool fridayAfterAscension = false)
    {
        var easter = EasterSunday(year);
        var kingsDay = new LocalDate(year, 4, 27);
        if (kingsDay.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            kingsDay = kingsDay.PlusDays(-1);
        }

        var days = new List<ClosedPeriod>(12)
        {
            Day(new LocalDate(year, 1, 1), Nieuwjaarsdag),
            Day(easter, EerstePaasdag),
            Day(easter.PlusDays(1), TweedePaasdag),
            Day(kingsDay, Koningsdag),
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

        if (IsLiberationDayClosed(year, liberationDay))
        {
            days.Add(Day(new LocalDate(year, 5, 5), Bevrijdingsdag));
        }

        if (fridayAfterAscension)
        {
            days.Add(Day(easter.PlusDays(40), VrijdagNaHemelvaart));
        }

        // Hemelvaart can fall on Koningsdag or Bevrijdingsdag (5 May 2016); a stable order keeps both.
        return [.. days.OrderBy(day => day.First)];
    }

    /// <summary>Whether schools are closed on 5 May of <paramref name="year"/> under <paramref name="rule"/>.</summary>
    public static bool IsLiberationDayClosed(int year, LiberationDayRule rule) => rule switch
    {
        LiberationDayRule.Always => true,
        LiberationDayRule.Never => false,
        _ => year % 5 == 0,
    };

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
