using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>A subsidy deadline is a date (the whole day counts) or a date with a local time of day (issue 16).</summary>
public sealed class SubsidyDeadlineTests
{
    private static LoadResult Load(string deadline)
    {
        Assert.Contains("deadline: 2026-10-01", SampleConfigs.Full, StringComparison.Ordinal);
        return PartnershipConfigLoader.Parse(SampleConfigs.Full.Replace("deadline: 2026-10-01", "deadline: " + deadline, StringComparison.Ordinal), "f.yaml", SampleConfigs.Today);
    }

    [Theory]
    [InlineData("2026-10-01", null)]
    [InlineData("2026-10-01T17:00", "17:00")]
    [InlineData("\"2026-10-01 09:30\"", "09:30")]
    public void A_date_or_a_date_with_a_time_is_read(string written, string? time)
    {
        var result = Load(written);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var round = Assert.Single(result.Config!.SubsidyRounds);
        Assert.Equal(new LocalDate(2026, 10, 1), round.Deadline);
        Assert.Equal(time, SubsidyDeadline.FormatTime(round.DeadlineTime));
    }

    [Theory]
    [InlineData("2026-10-01T25:00")]
    [InlineData("2026-10-01T24:00")]
    [InlineData("2026-10-01T17")]
    [InlineData("1 oktober")]
    public void Anything_else_is_reported_where_it_is(string written)
    {
        var result = Load(written);

        var error = Assert.Single(result.Errors).ToString();
        Assert.Matches(@"^f\.yaml:\d+:\d+: subsidyRounds\[0\]\.deadline: '", error);
        Assert.EndsWith("' is not a deadline (yyyy-MM-dd, or yyyy-MM-ddTHH:mm for a time of day, e.g. 2027-02-15 or 2027-02-15T17:00)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_horizon_still_holds_with_a_time()
    {
        var result = Load("2040-01-01T17:00");

        Assert.Contains(result.Errors, e => e.ToString().Contains("subsidyRounds[0].deadline: the deadline 2040-01-01 is more than 10 years ahead", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_closes_at_the_start_of_the_next_day_and_a_time_at_that_time()
    {
        Assert.Equal(new LocalDateTime(2027, 2, 16, 0, 0), SubsidyDeadline.ClosesAt(new LocalDate(2027, 2, 15), null));
        Assert.Equal(new LocalDateTime(2027, 2, 15, 17, 0), SubsidyDeadline.ClosesAt(new LocalDate(2027, 2, 15), new LocalTime(17, 0)));
        Assert.Equal("2027-02-15T17:00", SubsidyDeadline.Format(new LocalDate(2027, 2, 15), new LocalTime(17, 0)));
    }
}
