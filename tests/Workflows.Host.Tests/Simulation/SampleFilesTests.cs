using System.Text.Json;
using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The samples read like real partnerships (issue 17): every person is someone else, every group meets, the editor
/// finds the schema, and Het Element's year with its responses file has meetings that go ahead.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class SampleFilesTests(SimulatedYears years)
{
    private const string SchemaLine = "# yaml-language-server: $schema=../../docs/partnership.schema.json";

    [Theory]
    [InlineData("profijt.yaml")]
    [InlineData("element.yaml")]
    public void Every_person_is_someone_else_and_every_group_has_a_meeting_series(string sample)
    {
        var config = Load(sample);

        // No name used twice, no address that differs only by a suffix like ".2" (the old samples reused 26 names).
        Assert.Equal(config.People.Count, config.People.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(config.People.Count, config.People.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(config.People, p => System.Text.RegularExpressions.Regex.IsMatch(p.Email, @"\.\d+@") || System.Text.RegularExpressions.Regex.IsMatch(p.Id, @"-\d+$"));
        Assert.All(config.Groups, g => Assert.Contains(config.Meetings, m => m.Group == g.Id));
        Assert.Equal(SchemaLine, File.ReadLines(CliRun.Sample(sample)).First());
    }

    [Fact]
    public void Profijt_has_a_docentenwerkgroep_with_its_own_series_per_vmbo_profile()
    {
        var config = Load("profijt.yaml");

        string[] profiles = ["bwi", "pie", "mt", "mat", "mvi", "zw", "eo", "hbr", "groen", "dp"];
        Assert.All(profiles, p => Assert.NotNull(config.FindMeeting("werkgroep-" + p)));
        // A work group's chair is one of its teachers, and each group has the mbo at the table.
        Assert.All(profiles, p =>
        {
            var group = config.FindGroup("werkgroep-" + p)!;
            var chair = config.FindPerson(group.Chair!)!;
            Assert.Contains("docent-" + p, chair.Roles);
            Assert.Contains(config.People, q => q.Roles.Contains("docent-" + p) && config.Organizations.Single(o => o.Id == q.Organization).Kind == OrganizationKind.Mbo);
        });
    }

    [Fact]
    public async Task Element_year_with_its_responses_file_has_meetings_that_go_ahead_with_the_mbo_and_one_called_off()
    {
        var year = await years.GetAsync("element.yaml", "element-responses.yaml");

        Assert.True(year.Exit == 0, year.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var meetings = json.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("series", out var s) && s.GetString() == "routeoverleg")
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Start: e.GetProperty("start").GetString()))
            .ToList();
        var warned = meetings.Where(e => e.Kind is "meeting.at-risk" or "meeting.low-turnout").Select(e => e.Start).ToHashSet();

        // Without answers every occurrence was at risk and had low turnout; with the file, the mbo accepts.
        var held = meetings.Where(e => e.Kind == "meeting.held").Select(e => e.Start).ToList();
        Assert.Equal(5, held.Count);
        Assert.All(held, start => Assert.DoesNotContain(start, warned));
        // July: no mbo member can come and Marloes calls it off.
        Assert.Equal(["2027-07-07T15:00:00+02:00"], meetings.Where(e => e.Kind == "meeting.cancelled").Select(e => e.Start));
    }

    private static PartnershipConfig Load(string sample)
    {
        var result = PartnershipConfigLoader.Load(CliRun.Sample(sample), new LocalDate(2026, 8, 1));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    }
}
