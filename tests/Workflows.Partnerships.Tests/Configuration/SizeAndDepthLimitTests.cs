using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>Files too large or nested too deeply are refused with a located error before anything reads them.</summary>
public sealed class SizeAndDepthLimitTests
{
    [Fact]
    public void Thirty_thousand_nested_lists_are_a_located_error_not_a_stack_overflow()
    {
        // 60 KB that once ended the whole process (and serve's Azurite with it) with a stack overflow.
        string yaml = "partnership: " + new string('[', 30_000) + new string(']', 30_000) + "\n";

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal("f.yaml:1:45: lists and mappings are nested more than 32 levels deep here", error.ToString());
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_as_usual()
    {
        // 31 levels of lists under partnership's mapping: within the limit, so the reader judges the value itself.
        string yaml = SampleConfigs.Minimal + "calendar:\n  extraClosedDays: " + new string('[', 30) + new string(']', 30) + "\n";

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_a_mebibyte_is_refused_unread()
    {
        string yaml = SampleConfigs.Minimal + "# " + new string('x', YamlLimits.MaxCharacters) + "\n";

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains($"at most {YamlLimits.MaxCharacters}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31", true)]
    [InlineData("2036-06-02", true)]
    [InlineData("2036-06-01", false)]
    public void A_subsidy_deadline_more_than_ten_years_ahead_is_refused_at_its_position(string deadline, bool refused)
    {
        // 9999-12-31 used to pass and then overflow inside the running round, ending it with its recorded answers.
        string yaml = SampleConfigs.Full.Replace("deadline: 2026-10-01", $"deadline: {deadline}", StringComparison.Ordinal);

        var errors = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today).Errors.Select(e => e.ToString()).ToList();

        string expected = $"subsidyRounds[0].deadline: the deadline {deadline} is more than 10 years ahead (today is 2026-06-01)";
        Assert.Equal(refused, errors.Any(e => e.EndsWith(expected, StringComparison.Ordinal)));
        Assert.Equal(refused, errors.Count > 0);
    }
    [Fact]
    public void An_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit()
    {
        // A "billion laughs": nine lines that stand for 9^9 values once every alias is expanded. Line 22 is the
        // seventh (xg): its first *f brings the count from about 670 000 past the million.
        var lines = new List<string> { "calendar:", "  extraClosedDays: &a [2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20, 2026-11-20]" };
        for (char c = 'b'; c <= 'i'; c++)
        {
            char p = (char)(c - 1);
            lines.Add($"x{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]");
        }

        string yaml = SampleConfigs.Minimal + "\n" + string.Join('\n', lines) + "\n";

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal("f.yaml:22:9: aliases ('*name') expand the file to more than 1000000 values here; a configuration may have at most 1000000", error.ToString());
    }

    [Fact]
    public void A_few_aliases_are_read_as_usual()
    {
        string yaml = SampleConfigs.Minimal + "\ncalendar:\n  extraClosedDays: &closed [2026-11-20]\n  holidays:\n    - name: herfstvakantie\n      from: &d 2026-10-24\n      to: *d\n";

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Empty(result.Errors);
    }
}
