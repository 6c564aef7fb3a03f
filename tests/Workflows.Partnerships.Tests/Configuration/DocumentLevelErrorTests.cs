using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

public sealed class DocumentLevelErrorTests
{
    private static string[] Errors(string yaml) =>
        [.. PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today).Errors.Select(e => e.ToString())];

    [Fact]
    public void Yaml_syntax_error_is_located_and_nothing_is_loaded()
    {
        var yaml = SampleConfigs.Minimal.Replace("name: Profijt\n", "name: [Profijt\n", StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("f.yaml", 3, 9), (error.File, error.Line, error.Column));
        Assert.Equal("YAML syntax error: cannot read on from here (an unclosed '[', '{' or quote?)", error.Message);
    }

    [Fact]
    public void Unclosed_flow_list_at_the_end_is_a_located_syntax_error()
    {
        var error = Assert.Single(PartnershipConfigLoader.Parse("partnership:\n  coordinators: [anna, jan\n", "f.yaml", SampleConfigs.Today).Errors);

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.StartsWith("YAML syntax error: while parsing a flow sequence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_quote_points_at_the_opening_quote()
    {
        var yaml = SampleConfigs.Minimal.Replace("name: Anna de Vries", "name: \"Anna de Vries", StringComparison.Ordinal);

        var error = Assert.Single(PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today).Errors);

        Assert.Equal((12, 11), (error.Line, error.Column));
        Assert.StartsWith("YAML syntax error: while scanning a multi-line double-quoted scalar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_an_error_at_the_start()
    {
        Assert.Equal(["f.yaml:1:1: the file is empty; it needs at least 'partnership', 'organizations' and 'people'"], Errors("# nothing yet\n"));
    }

    [Fact]
    public void A_list_at_the_top_is_not_a_configuration()
    {
        Assert.Equal(["f.yaml:1:1: expected a mapping (key: value lines), not a list"], Errors("- partnership\n"));
    }

    [Fact]
    public void Missing_sections_are_reported_at_the_top_mapping()
    {
        Assert.Equal(
            [
                "f.yaml:1:1: missing required key 'partnership'",
                "f.yaml:1:1: missing required key 'organizations'",
                "f.yaml:1:1: missing required key 'people'",
            ],
            Errors("calendar:\n  includeGoodFriday: true\n"));
    }

    [Fact]
    public void Unknown_top_level_key_suggests_the_section()
    {
        var yaml = SampleConfigs.Minimal + "\nmeetngs: []\n";

        Assert.Equal(["f.yaml:15:1: unknown key 'meetngs'; did you mean 'meetings'?"], Errors(yaml));
    }

    [Fact]
    public void Unknown_key_far_from_every_valid_key_gets_no_suggestion()
    {
        var yaml = SampleConfigs.Minimal.Replace("    kind: vmbo", "    kind: vmbo\n    website: https://oost.nl", StringComparison.Ordinal);

        Assert.Equal(["f.yaml:10:5: unknown key 'website' in organizations[0]"], Errors(yaml));
    }

    [Fact]
    public void A_second_document_is_reported()
    {
        var yaml = SampleConfigs.Minimal + "\n---\nother: 1\n";

        Assert.Equal(["f.yaml:16:1: a second YAML document ('---'); a configuration file holds one"], Errors(yaml));
    }

    [Fact]
    public void A_null_value_for_a_required_key_points_at_the_key()
    {
        var yaml = SampleConfigs.Minimal.Replace("email: anna@oost.nl", "email:", StringComparison.Ordinal);

        Assert.Equal(["f.yaml:13:5: people[0].email: missing value"], Errors(yaml));
    }

    [Fact]
    public void Every_error_in_one_entry_is_reported()
    {
        var yaml = SampleConfigs.Minimal.Replace(
            "    email: anna@oost.nl\n    organization: oost",
            "    email: anna\n    organization: ost\n    roles: {a: b}",
            StringComparison.Ordinal);

        Assert.Equal(
            [
                "f.yaml:13:12: people[0].email: 'anna' is not an e-mail address",
                "f.yaml:14:19: people[0].organization: unknown organization 'ost'; did you mean 'oost'?",
                "f.yaml:15:12: people[0].roles: expected a list, not a mapping",
            ],
            Errors(yaml));
    }

    [Fact]
    public void Subsidy_deadline_today_is_still_open()
    {
        var yaml = SampleConfigs.Full.Replace("deadline: 2026-10-01", "deadline: 2026-06-01", StringComparison.Ordinal);

        Assert.Empty(Errors(yaml));
    }
}
