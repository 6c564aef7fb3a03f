using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Selectors;

namespace Workflows.Partnerships.Tests.Selectors;

/// <summary>The Dutch noun phrase of a selector: role keywords from the file read as Dutch words.</summary>
public sealed class SelectorLabelsTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Parse(Tests.Configuration.SampleConfigs.Full, "profijt.yaml", Tests.Configuration.SampleConfigs.Today).Config!;

    [Theory]
    [InlineData("role:coordinator", "een coördinator")]
    [InlineData("role:zorgcoordinator", "een zorgcoördinator")]
    [InlineData("role:docent-mt", "een docent M&T")]
    [InlineData("role:docent-mat", "een docent MaT")]
    [InlineData("role:docent-zw", "een docent Z&W")]
    [InlineData("role:docent-eo", "een docent E&O")]
    [InlineData("role:docent-dp", "een docent D&P")]
    [InlineData("role:docent-groen", "een docent Groen")]
    [InlineData("role:docent-bwi", "een docent BWI")]
    [InlineData("role:docent", "een docent")]
    [InlineData("role:decaan", "een decaan")]
    [InlineData("kind:mbo&role:docent-zw", "een mbo-docent Z&W")]
    [InlineData("kind:pro&role:zorgcoordinator", "een zorgcoördinator van het praktijkonderwijs")]
    public void Role_keywords_read_as_Dutch_words(string selector, string expected) =>
        Assert.Equal(expected, SelectorLabels.Dutch(Config, selector));
}
