using NodaTime;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Rules;

/// <summary>When convenants are reviewed each year, and when their expiry is flagged.</summary>
public static class ConvenantCalendar
{
    /// <summary>Days before a convenant's end date on which its expiry is flagged.</summary>
    public static IReadOnlyList<int> ExpiryAlertDays { get; } = [90, 30];

    /// <summary>
    /// The review talk of <paramref name="month"/>: the second Tuesday if schools are open, else the
    /// next working day in that month; if the rest of the month is closed (a summer holiday), the
    /// first working day of the month; if the whole month is closed, the first working day after it.
    /// </summary>
    /// <remarks>
    /// The second Tuesday clears the first week of the month and the Monday holidays (Easter and
    /// Whit Monday), and Tuesday is already a day vmbo and mbo meet.
    /// </remarks>
    public static LocalDate ReviewDate(int year, int month, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        var first = new LocalDate(year, month, 1);
        var last = first.PlusMonths(1).PlusDays(-1);
        var firstTuesday = first.DayOfWeek == IsoDayOfWeek.Tuesday ? first : first.Next(IsoDayOfWeek.Tuesday);
        var secondTuesday = firstTuesday.PlusWeeks(1);

        return NextWorkingDay(secondTuesday, last, calendar)
            ?? NextWorkingDay(first, last, calendar)
            ?? NextWorkingDay(last.PlusDays(1), last.PlusYears(1), calendar)
            ?? throw new InvalidOperationException($"No working day within a year after {year}-{month:00}; the closed periods cover everything.");
    }

    /// <summary><see cref="ExpiryAlertDays"/> before <paramref name="validUntil"/>, each moved back to a working day; in date order, distinct.</summary>
    public static IReadOnlyList<LocalDate> ExpiryAlerts(LocalDate validUntil, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return [.. ExpiryAlertDays.Select(days => calendar.PreviousWorkingDay(validUntil.PlusDays(-days))).Distinct().Order()];
    }

    private static LocalDate? NextWorkingDay(LocalDate from, LocalDate through, SchoolCalendar calendar)
    {
        for (var date = from; date <= through; date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                return date;
            }
        }

        return null;
    }
}
