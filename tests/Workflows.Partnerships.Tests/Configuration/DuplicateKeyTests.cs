using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>A key written twice is one error among the others, not the end of the report.</summary>
public sealed class DuplicateKeyTests
{
    [Fact]
    public void Duplicate_key_and_other_mistakes_are_all_reported_at_their_places()
    {
        var text = SampleConfigs.Full
            .Replace("  name: Profijt Achterhoek\n", "  name: Profijt Achterhoek\n  name: Profijt\n", StringComparison.Ordinal)
            .Replace("timeZone: Europe/Amsterdam", "timeZone: Europe/Amsterdm", StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        Assert.Equal(
            [
                "profijt.yaml:4:3: duplicate key 'name' (each key may appear once in a mapping)",
                "profijt.yaml:5:13: partnership.timeZone: unknown time zone 'Europe/Amsterdm'; did you mean 'Europe/Amsterdam'?",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Same_key_in_different_mappings_is_no_duplicate()
    {
        var result = PartnershipConfigLoader.Parse(SampleConfigs.Full, "profijt.yaml", SampleConfigs.Today);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
    }
}
