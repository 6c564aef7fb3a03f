namespace Workflows.Orchestrations.Meetings;

/// <summary>What the school calendar of a partnership is built from: region keyword, the file's periods and closed days (yyyy-MM-dd).</summary>
public sealed record CalendarSnapshot(string? Region, IReadOnlyList<ClosedPeriodSnapshot> Periods, IReadOnlyList<string> ExtraClosedDays, bool IncludeGoodFriday);
