using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>How far ahead (and back) a date may lie: the partnership plans years, not centuries.</summary>
/// <remarks>
/// A deadline like 9999-12-31 passed every check and then overflowed the round's end-of-day arithmetic inside the
/// running workflow; every date a user gives is held to this horizon at the edge instead.
/// </remarks>
public static class DateHorizon
{
    public const int Years = 10;

    /// <summary>
    /// How far back a date in the file may lie. A series' start years back is a fair anchor for its recurrence; a
    /// start of 0001-01-01 passed every check and then failed the running cycle, whose planning steps back from
    /// it below the first day a date can hold.
    /// </summary>
    public const int YearsBack = 50;

    /// <summary>The last day accepted when today is <paramref name="today"/>.</summary>
    public static LocalDate Latest(LocalDate today) => today.PlusYears(Years);

    /// <summary>The first day accepted in a file when today is <paramref name="today"/>.</summary>
    public static LocalDate Earliest(LocalDate today) => today.PlusYears(-YearsBack);
}
