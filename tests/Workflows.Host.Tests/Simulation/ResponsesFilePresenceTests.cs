using NodaTime;
using Workflows.Host.Simulation;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>The responses file's <c>presence:</c> (contract): confirmed presence lists of held occurrences, read or located.</summary>
public sealed class ResponsesFilePresenceTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 11, 23)).Config!;

    [Fact]
    public void Lists_are_read_in_file_order_without_repeats_and_an_empty_one_means_nobody()
    {
        var (file, errors) = ResponsesFileReader.Parse(
            "default: accepted\npresence:\n  - { series: routeoverleg, date: 2026-11-04, organizations: [het-element, roc-mn, het-element] }\n"
            + "  - series: routeoverleg\n    date: 2026-11-04\n    organizations: []\n",
            "r.yaml",
            Config);

        Assert.Empty(errors);
        Assert.Equal(2, file!.Presence.Count);
        Assert.Equal(("routeoverleg", new LocalDate(2026, 11, 4)), (file.Presence[0].Series, file.Presence[0].Date));
        Assert.Equal(["het-element", "roc-mn"], file.Presence[0].Organizations);
        Assert.Empty(file.Presence[1].Organizations);
    }

    [Theory]
    [InlineData("{ series: route, date: 2026-11-04, organizations: [roc-mn] }", "r.yaml:3:15: presence: no meeting series 'route'; the configuration has: routeoverleg")]
    [InlineData("{ series: routeoverleg, date: 2026-11-05, organizations: [roc-mn] }", "r.yaml:3:35: presence: series 'routeoverleg' has no meeting on 2026-11-05")]
    [InlineData("{ series: routeoverleg, organizations: [roc-mn] }", "r.yaml:3:5: presence: 'date' is missing (the occurrence's series date, yyyy-MM-dd)")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04 }", "r.yaml:3:5: presence: 'organizations' is missing (the organization ids present; [] when nobody came)")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, organizations: roc-mn }", "r.yaml:3:62: presence: organizations must be a list of organization ids")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, organizations: [roc-mn, roc] }", "r.yaml:3:71: presence: 'roc' is not an organization id of the configuration")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, organizations: [[roc-mn]] }", "r.yaml:3:63: presence: each organization is an organization id of the configuration")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, organizations: [a, b, c, d, e] }", "r.yaml:3:62: presence: organizations has 5 entries; the configuration has only 4 organizations")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, organizations: [], who: me }", "r.yaml:3:66: presence: unknown key 'who' (expected series, date, organizations)")]
    public void A_bad_entry_is_one_located_error(string entry, string expected)
    {
        var (file, errors) = ResponsesFileReader.Parse($"default: accepted\npresence:\n  - {entry}\n", "r.yaml", Config);

        Assert.Null(file);
        Assert.Equal([expected], errors.Select(e => e.ToString()));
    }
}
