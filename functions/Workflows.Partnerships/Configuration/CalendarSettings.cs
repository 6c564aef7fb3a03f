using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>calendar</c> section.</summary>
/// <remarks>
/// <para><c>ExtraClosedDays</c>: Days the schools are closed besides holidays (study days and the like).</para>
/// <para><c>IncludeGoodFriday</c>: Whether Goede Vrijdag counts as closed; schools observe it often, not always.</para>
/// </remarks>
public sealed record CalendarSettings(
    IReadOnlyList<LocalDate> ExtraClosedDays,
    IReadOnlyList<HolidayOverride> Holidays,
    bool IncludeGoodFriday)
{
    public static CalendarSettings Empty { get; } = new([], [], false);
}
