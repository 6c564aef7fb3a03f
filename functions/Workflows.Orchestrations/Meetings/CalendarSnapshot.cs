namespace Workflows.Orchestrations.Meetings;

/// <summary>What the school calendar of a partnership is built from: region keyword, the file's periods and closed days (yyyy-MM-dd).</summary>
/// <param name="LiberationDay">When Bevrijdingsdag (5 May) is closed: "lustrum" (default: 2025, 2030, …), "always" or "never".</param>
/// <param name="FridayAfterAscension">Whether the Friday after Hemelvaartsdag is closed.</param>
public sealed record CalendarSnapshot(
    string? Region,
    IReadOnlyList<ClosedPeriodSnapshot> Periods,
    IReadOnlyList<string> ExtraClosedDays,
    bool IncludeGoodFriday,
    string LiberationDay = "lustrum",
    bool FridayAfterAscension = false);
