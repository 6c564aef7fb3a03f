using Workflows.Host.Api.Links;

namespace Workflows.Host.Tests.Api;

/// <summary>The link pages write times as the schrijfwijzer does, in Dutch time.</summary>
public sealed class LinkPagesTests
{
    [Theory]
    [InlineData("2026-11-17T14:00:00+00:00", "dinsdag 17 november 2026 om 15.00 uur")]
    [InlineData("2027-06-01T07:05:00+00:00", "dinsdag 1 juni 2027 om 9.05 uur")]
    public void The_validity_time_reads_as_a_Dutch_day_and_clock(string at, string expected) =>
        Assert.Equal(expected, LinkPages.FormatTime(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
}
