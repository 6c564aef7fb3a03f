using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// <c>POST /api/series/{id}/occurrences/{date}/presence</c>: a held occurrence's presence list stored and replaced
/// when confirmed again; 409 before it was held, 400 with Dutch errors for what is no list of invited organizations,
/// 404 for an unknown series, 401 without a key; nothing is stored for a refused request.
/// </summary>
[Collection("api-azurite")]
public sealed class PresenceApiTests(AzuriteFixture azurite)
{
    private const string Held = "2026-09-15";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));
    private static readonly Uri Presence = new($"/api/series/directieberaad/occurrences/{Held}/presence", UriKind.Relative);

    [Fact]
    public async Task A_held_occurrence_is_confirmed_and_confirming_again_replaces_it()
    {
        await using var host = await StartAsync();
        var store = host.Services.GetRequiredService<AttendanceStore>();

        using var first = await host.Http.PostAsync(Presence, Json("{\"organizations\":[\"roc-achterhoek\"]}"));
        using var second = await host.Http.PostAsync(Presence, Json("{\"organizations\":[\"slinge-lyceum\",\"berkel-college\",\"slinge-lyceum\"]}"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await ApiHost.JsonAsync(second);
        Assert.Equal(["slinge-lyceum", "berkel-college"], body.GetProperty("organizations").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("directieberaad", Held), (body.GetProperty("seriesId").GetString(), body.GetProperty("date").GetString()));
        var stored = Assert.Single(await store.ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31"));
        Assert.Equal(["slinge-lyceum", "berkel-college"], stored.Organizations);

        // Nobody came: an empty list is a confirmation too.
        using var nobody = await host.Http.PostAsync(Presence, Json("{\"organizations\":[]}"));
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Empty(Assert.Single(await store.ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31")).Organizations);
    }

    [Theory]
    [InlineData("{}", "organizations ontbreekt")]
    [InlineData("{\"organizations\":\"roc-achterhoek\"}", "organizations moet een lijst")]
    [InlineData("{\"organizations\":[5]}", "organizations[0] moet een organisatie-id zijn")]
    [InlineData("{\"organizations\":[\"\"]}", "organizations[0] moet een organisatie-id zijn")]
    [InlineData("{\"organizations\":[\"roc-achterhoek\",\"hogeschool-oost\"]}", "'hogeschool-oost' was niet uitgenodigd voor de bijeenkomst op 2026-09-15")]
    [InlineData("[]", "De body moet een JSON-object zijn.")]
    [InlineData("", "Een JSON-body is nodig.")]
    public async Task A_bad_list_is_400_problem_details_in_Dutch_and_stores_nothing(string json, string error)
    {
        await using var host = await StartAsync();

        var problem = await ApiHost.ProblemAsync(await host.Http.PostAsync(Presence, Json(json)), 400);

        Assert.Equal("Ongeldige invoer", problem.GetProperty("title").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains(error, StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<AttendanceStore>().ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31"));
    }

    [Fact]
    public async Task Longer_than_the_organizations_too_long_an_id_not_held_unknown_series_and_no_key_are_refused()
    {
        await using var host = await StartAsync();
        string many = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"org-{i}\""));
        var tooMany = await ApiHost.ProblemAsync(await host.Http.PostAsync(Presence, Json($"{{\"organizations\":[{many}]}}")), 400);
        Assert.Contains("40 elementen", tooMany.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(Presence, Json($"{{\"organizations\":[\"{new string('a', 65)}\"]}}")), 400);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/directieberaad/occurrences/15-09-2026/presence", UriKind.Relative), Json("{\"organizations\":[]}")), 400);

        var notHeld = await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/directieberaad/occurrences/2026-10-13/presence", UriKind.Relative), Json("{\"organizations\":[\"roc-achterhoek\"]}")), 409);
        Assert.Equal("De bijeenkomst op 2026-10-13 van overlegreeks 'directieberaad' is (nog) niet gehouden; de aanwezigheid kan pas worden bevestigd als de bijeenkomst is gehouden.", notHeld.GetProperty("detail").GetString());
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/series/nope/occurrences/{Held}/presence", UriKind.Relative), Json("{\"organizations\":[]}")), 404);

        using var anonymous = await host.Anonymous.PostAsync(Presence, Json("{\"organizations\":[]}"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<AttendanceStore>().ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31"));
    }

    /// <summary>The profijt sample stored, and the directieberaad of 15 September 2026 held as the meeting cycle records it.</summary>
    private async Task<ApiHost> StartAsync()
    {
        var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        await host.Services.GetRequiredService<AttendanceStore>().RecordAsync("profijt", "directieberaad", Held, [
            new OrganizationAttendance("roc-achterhoek", 2, 2),
            new OrganizationAttendance("slinge-lyceum", 2, 0, 2),
            new OrganizationAttendance("berkel-college", 2, 1, 1)]);
        return host;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
