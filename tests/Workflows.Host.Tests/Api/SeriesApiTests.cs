using System.Net;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed class SeriesApiTests(AzuriteFixture azurite)
{
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));

    [Fact]
    public async Task The_series_of_Profijt_with_group_title_and_next_meeting()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();

        using var response = await host.Http.GetAsync(new Uri("/api/series", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = (await ApiHost.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Contains(series, s => s.GetProperty("id").GetString() == "klankbord-decanen");
        var beraad = Assert.Single(series, s => s.GetProperty("id").GetString() == "directieberaad");
        Assert.Equal("Directieberaad Profijt", beraad.GetProperty("title").GetString());
        Assert.Equal("directieberaad", beraad.GetProperty("group").GetProperty("id").GetString());
        // Every two months on the third Tuesday from September 2026: 17 November has passed on 23 November,
        // so the next is 19 January 2027, 15:00 winter time.
        Assert.Equal("2027-01-19T15:00:00+01:00", beraad.GetProperty("nextOccurrence").GetProperty("start").GetString());
        Assert.Equal("2027-01-19T17:00:00+01:00", beraad.GetProperty("nextOccurrence").GetProperty("end").GetString());
    }

    [Fact]
    public async Task Occurrences_are_the_json_of_the_command_line()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();

        using var response = await host.Http.GetAsync(new Uri("/api/series/directieberaad/occurrences?from=2026-08-01&to=2027-07-31", UriKind.Relative));
        var cli = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2026-08-01", "--to", "2027-07-31", "--json", "--today", "2026-11-23");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Out.Trim(), (await response.Content.ReadAsStringAsync()).Trim());
        var body = await ApiHost.JsonAsync(response);
        Assert.Equal("2026-09-15T15:00:00+02:00", body.GetProperty("occurrences")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task Unknown_series_and_bad_dates_are_problem_details()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();

        var unknown = await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series/nope/occurrences", UriKind.Relative)), 404);
        Assert.Contains("directieberaad", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var bad = await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series/directieberaad/occurrences?from=2026-13-01&to=gisteren", UriKind.Relative)), 400);
        Assert.Equal(2, bad.GetProperty("errors").GetArrayLength());
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series/directieberaad/occurrences?from=2027-01-01&to=2026-01-01", UriKind.Relative)), 400);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series/directieberaad/occurrences?from=2026-01-01&to=2036-01-01", UriKind.Relative)), 400);
    }
}
