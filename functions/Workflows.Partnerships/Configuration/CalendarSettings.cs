using NodaTime;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>calendar</c> section.</summary>
/// <remarks>
/// <para><c>ExtraClosedDays</c>: Days the schools are closed besides holidays (study days and the like).</para>
/// <para><c>IncludeGoodFriday</c>: Whether Goede Vrijdag counts as closed; schools observe it often, not always.</para>
/// <para><c>LiberationDay</c>: When Bevrijdingsdag (5 May) is closed: in lustrum years (default), always or never.</para>
/// <para><c>FridayAfterAscension</c>: Whether the Friday after Hemelvaartsdag is closed.</para>
/// </remarks>
public sealed record CalendarSettings(
    IReadOnlyList<LocalDate> ExtraClosedDays,
    IReadOnlyList<HolidayOverride> Holidays,
    bool IncludeGoodFriday,
    LiberationDayRule LiberationDay = LiberationDayRule.Lustrum,
    bool FridayAfterAscension = false)
{
    public static CalendarSettings Empty { get; } = new([], [], false);
}
