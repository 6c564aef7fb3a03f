using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Selectors;

namespace Workflows.Partnerships.Tests.Selectors;

public sealed class SelectorResolverTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Parse(Tests.Configuration.SampleConfigs.Full, "profijt.yaml", Tests.Configuration.SampleConfigs.Today).Config!;

    private static string[] Describe(IReadOnlyList<Selection> selections) =>
        [.. selections.Select(s => $"{s.Person.Id} <- {string.Join(" | ", s.Reasons)}")];

    [Fact]
    public void Conjunction_needs_every_part_and_explains_the_match()
    {
        var selections = SelectorResolver.Resolve(Config, ["kind:mbo&role:sectordirecteur"]);

        Assert.Equal(["jan <- kind:mbo&role:sectordirecteur: Jan Jansen is sectordirecteur at ROC Voorbeeld (mbo)"], Describe(selections));
    }

    [Fact]
    public void Each_kind_of_term_resolves_with_its_reason()
    {
        var selections = SelectorResolver.Resolve(Config, ["piet", "org:roc", "role:decaan"]);

        Assert.Equal(
            [
                "erik <- org:roc: Erik Smit works at ROC Voorbeeld (mbo)",
                "anna <- role:decaan: Anna de Vries is decaan at Scholengroep Oost (vmbo)",
                "jan <- org:roc: Jan Jansen works at ROC Voorbeeld (mbo)",
                "piet <- piet: Piet Pieters is named by id",
            ],
            Describe(selections));
    }

    [Fact]
    public void A_person_matched_twice_appears_once_with_both_reasons_in_config_order()
    {
        var selections = SelectorResolver.Resolve(Config, ["kind:vmbo", "role:afdelingsleider&role:decaan", "anna"]);

        Assert.Equal(
            [
                "karin <- kind:vmbo: Karin Bos works at Scholengroep Oost (vmbo)",
                "anna <- kind:vmbo: Anna de Vries works at Scholengroep Oost (vmbo) | role:afdelingsleider&role:decaan: Anna de Vries is afdelingsleider and decaan at Scholengroep Oost (vmbo) | anna: Anna de Vries is named by id",
            ],
            Describe(selections));
    }

    [Fact]
    public void Conjunction_of_a_person_and_a_role_they_lack_matches_nobody()
    {
        Assert.Empty(SelectorResolver.Resolve(Config, ["jan&role:decaan"]));
    }

    [Fact]
    public void Roles_match_regardless_of_case_and_spaces_around_ampersand_are_allowed()
    {
        var selections = SelectorResolver.Resolve(Config, ["kind:MBO & role:SectorDirecteur"]);

        Assert.Equal(["jan <- kind:MBO & role:SectorDirecteur: Jan Jansen is sectordirecteur at ROC Voorbeeld (mbo)"], Describe(selections));
    }

    [Fact]
    public void Group_members_resolve_to_the_configured_people()
    {
        var group = Config.FindGroup("directieberaad")!;

        var selections = SelectorResolver.Resolve(Config, group.Members);

        Assert.Equal(["karin", "anna", "jan", "piet"], selections.Select(s => s.Person.Id));
    }

    [Theory]
    [InlineData("jna", "selector 'jna': unknown person 'jna'; did you mean 'jan'?")]
    [InlineData("org:rocc&role:x", "selector 'org:rocc&role:x': unknown organization 'rocc'; did you mean 'roc'?")]
    [InlineData("kind:mob", "selector 'kind:mob': unknown kind 'mob' (expected vmbo, mbo, hbo, vso, pro or havo-vwo); did you mean 'mbo'?")]
    [InlineData("rol:decaan", "selector 'rol:decaan': unknown prefix 'rol:' (expected role:, kind:, org: or a person id); did you mean 'role:'?")]
    [InlineData("role:", "selector 'role:': 'role:' needs a value without spaces after 'role:'")]
    [InlineData("&jan", "selector '&jan' has an empty part (write a&b, not a& or &b)")]
    [InlineData("jan jansen", "selector 'jan jansen': 'jan jansen' is not a person id (ids have no spaces)")]
    public void Invalid_selectors_are_explained_and_refused(string selector, string expected)
    {
        Assert.Equal([expected], SelectorResolver.Validate(Config, selector));

        var error = Assert.Throws<FormatException>(() => SelectorResolver.Resolve(Config, [selector]));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Unknown_ids_in_group_members_are_loader_errors()
    {
        var yaml = Tests.Configuration.SampleConfigs.Full.Replace(
            "role:directeur, karin]", "role:directeur, org:wes&role:directeur, karn]", StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(yaml, "profijt.yaml", Tests.Configuration.SampleConfigs.Today);

        Assert.Null(result.Config);
        Assert.Equal(
            [
                "profijt.yaml:49:84: groups[0].members[3]: selector 'org:wes&role:directeur': unknown organization 'wes'",
                "profijt.yaml:49:108: groups[0].members[4]: selector 'karn': unknown person 'karn'; did you mean 'karin'?",
            ],
            result.Errors.Select(e => e.ToString()));
    }
}
