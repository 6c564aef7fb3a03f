using System.Collections.Concurrent;
using NodaTime;

namespace Workflows.Partnerships.Calendar;

/// <summary>
/// The days a partnership's schools are closed: the built-in school holidays of its region (with
/// configured moves), configured extra periods and days, and the public holidays. Immutable and
/// safe to share between threads.
/// </summary>
/// <remarks>
/// When closed periods overlap, the reason reported is, in this order: a school holiday, a
/// configured extra period, a configured extra closed day, a public holiday. Planners recognise
/// "kerstvakantie" more readily than "Tweede Kerstdag" as the reason a meeting moved.
/// </remarks>
public sealed class SchoolCalendar
{
    /// <summary>Reason given for a configured extra closed day.</summary>
    public const string ExtraClosedDayName = "extra vrije dag";

    // Searching further back than this for a working day means the configuration closes everything.
    private const int MaxSearchDays = 3660;

    private readonly ClosedPeriod[] schoolHolidays;
    private readonly ClosedPeriod[] extraPeriods;
    private readonly ClosedPeriod[] extraDays;
    private readonly ConcurrentDictionary<int, IReadOnlyList<ClosedPeriod>> publicHolidays = new();

    /// <param name="region">The school-holiday region; <see langword="null"/> for a calendar without school holidays.</param>
    /// <param name="periods">
    /// Configured periods. One with the name (case-insensitive) and school year of a built-in school
    /// holiday replaces that holiday, because schools may move their autumn and spring weeks; any
    /// other period is closed in addition.
    /// </param>
    /// <param name="extraClosedDays">Single configured closed days, such as study days.</param>
    /// <param name="includeGoodFriday">Whether Goede Vrijdag is closed; many schools are, not all.</param>
    /// <param name="liberationDay">When Bevrijdingsdag (5 May) is closed; by default only in lustrum years.</param>
    /// <param name="fridayAfterAscension">Whether the Friday after Hemelvaartsdag is closed.</param>
    public SchoolCalendar(
        SchoolRegion? region,
        IEnumerable<ClosedPeriod>? periods = null,
        IEnumerable<LocalDate>? extraClosedDays = null,
        bool includeGoodFriday = false,
        LiberationDayRule liberationDay = LiberationDayRule.Lustrum,
        bool fridayAfterAscension = false)
    {
        Region = region;
        IncludeGoodFriday = includeGoodFriday;
        LiberationDay = liberationDay;
        FridayAfterAscension = fridayAfterAscension;
        var configured = periods?.ToArray() ?? [];
        var builtIn = region is { } r ? global::Workflows.Partnerships.Calendar.SchoolHolidays.For(r) : [];

        var replacements = configured.Where(p => builtIn.Any(b => SameHoliday(b, p))).ToArray();
        schoolHolidays =
        [
            .. builtIn.Where(b => !replacements.Any(p => SameHoliday(b, p))),
            .. replacements,
        ];
        Array.Sort(schoolHolidays, (x, y) => x.First.CompareTo(y.First));
        extraPeriods = [.. configured.Except(replacements).OrderBy(p => p.First)];
        extraDays = [.. (extraClosedDays ?? []).Distinct().Order().Select(d => new ClosedPeriod(d, d, ExtraClosedDayName))];
    }

    public SchoolRegion? Region { get; }

    public bool IncludeGoodFriday { get; }

    public LiberationDayRule LiberationDay { get; }

    public bool FridayAfterAscension { get; }

    /// <summary>The school holidays in force (built-in after replacements), in date order.</summary>
    public IReadOnlyList<ClosedPeriod> SchoolHolidays => schoolHolidays;

    /// <summary>Whether schools are closed on <paramref name="date"/> (weekends aside), and why.</summary>
    public bool IsClosed(LocalDate date, out ClosedPeriod? reason)
    {
        reason = ClosedPeriodAt(date);
        return reason is not null;
    }

    /// <summary>The closed period covering <paramref name="date"/>, or <see langword="null"/> if schools are open (weekends aside).</summary>
    public ClosedPeriod? ClosedPeriodAt(LocalDate date) =>
        Find(schoolHolidays, date)
        ?? Find(extraPeriods, date)
        ?? Find(extraDays, date)
        ?? Find(PublicHolidaysOf(date.Year), date);

    /// <summary>Monday to Friday and not closed.</summary>
    public bool IsWorkingDay(LocalDate date) => !IsWeekend(date) && ClosedPeriodAt(date) is null;

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the nearest earlier working day.</summary>
    /// <exception cref="InvalidOperationException">No working day in the ten years before <paramref name="date"/>.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date)
    {
        var candidate = date;
        while (Period.DaysBetween(candidate, date) <= MaxSearchDays)
        {
            if (IsWeekend(candidate))
            {
                candidate = candidate.PlusDays(-1);
            }
            else if (ClosedPeriodAt(candidate) is { } closed)
            {
                // Jump the whole period: a summer holiday would otherwise cost forty look-ups.
                candidate = closed.First.PlusDays(-1);
            }
            else
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No working day in the ten years up to {date:uuuu-MM-dd}; the closed periods cover everything.");
    }

    /// <summary>
    /// The working day <paramref name="count"/> working days after <paramref name="date"/> (which need not be one):
    /// with 1, the first working day after it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public LocalDate WorkingDaysAfter(LocalDate date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var candidate = date;
        for (var found = 0; found < count;)
        {
            candidate = NextWorkingDay(candidate.PlusDays(1));
            found++;
        }

        return candidate;
    }

    /// <summary>
    /// The working day <paramref name="count"/> working days before <paramref name="date"/> (which need not be one):
    /// with 1, the last working day before it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public LocalDate WorkingDaysBefore(LocalDate date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var candidate = date;
        for (var found = 0; found < count;)
        {
            candidate = PreviousWorkingDay(candidate.PlusDays(-1));
            found++;
        }

        return candidate;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the nearest later working day.</summary>
    /// <exception cref="InvalidOperationException">No working day in the ten years after <paramref name="date"/>.</exception>
    public LocalDate NextWorkingDay(LocalDate date)
    {
        var candidate = date;
        while (Period.DaysBetween(date, candidate) <= MaxSearchDays)
        {
            if (IsWeekend(candidate))
            {
                candidate = candidate.PlusDays(1);
            }
            else if (ClosedPeriodAt(candidate) is { } closed)
            {
                candidate = closed.Last.PlusDays(1);
            }
            else
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No working day in the ten years from {date:uuuu-MM-dd}; the closed periods cover everything.");
    }

    /// <summary>Every closed period (school, configured, public) that overlaps <paramref name="from"/>..<paramref name="to"/>, in date order.</summary>
    public IReadOnlyList<ClosedPeriod> ClosedPeriodsBetween(LocalDate from, LocalDate to)
    {
        var publicDays = Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1)).SelectMany(PublicHolidaysOf);
        return
        [
            .. schoolHolidays.Concat(extraPeriods).Concat(extraDays).Concat(publicDays)
                .Where(p => p.First <= to && p.Last >= from)
                .OrderBy(p => p.First)
                .ThenBy(p => p.Last),
        ];
    }

    private static bool IsWeekend(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static bool SameHoliday(ClosedPeriod builtIn, ClosedPeriod configured) =>
        string.Equals(builtIn.Name, configured.Name, StringComparison.OrdinalIgnoreCase)
        && builtIn.SchoolYear == configured.SchoolYear;

    private static ClosedPeriod? Find(IReadOnlyList<ClosedPeriod> periods, LocalDate date)
    {
        foreach (var period in periods)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }

    private IReadOnlyList<ClosedPeriod> PublicHolidaysOf(int year) =>
        publicHolidays.GetOrAdd(
            year,
            static (y, options) => PublicHolidays.For(y, options.IncludeGoodFriday, options.LiberationDay, options.FridayAfterAscension),
            (IncludeGoodFriday, LiberationDay, FridayAfterAscension));
}
