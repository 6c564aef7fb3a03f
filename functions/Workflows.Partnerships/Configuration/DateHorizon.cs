using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>How far ahead a date may lie: the partnership plans years, not centuries.</summary>
/// <remarks>
/// A deadline like 9999-12-31 passed every check and then overflowed the round's end-of-day arithmetic inside the
/// running workflow; every date a user gives is held to this horizon at the edge instead.
/// </remarks>
public static class DateHorizon
{
    public const int Years = 10;

    /// <summary>The last day accepted when today is <paramref name="today"/>.</summary>
    public static LocalDate Latest(LocalDate today) => today.PlusYears(Years);
}
