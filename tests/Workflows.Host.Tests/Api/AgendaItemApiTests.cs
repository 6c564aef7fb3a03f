using System.Net;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// <c>/api/series/{id}/occurrences/{date}/agenda-items</c>: proposing (the same proposal twice is one item, and
/// <c>meeting.agenda-item-proposed</c> is recorded once), listing, and a coordinator's accept or hold, which tells
/// the series' cycle the agenda changed; every bad input is a Dutch problem with its errors.
/// </summary>
[Collection("api-azurite")]
public sealed class AgendaItemApiTests(AzuriteFixture azurite)
{
    private const string Instance = "meeting:profijt:directieberaad";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));
    private static readonly Uri Items = new("/api/series/directieberaad/occurrences/2027-01-19/agenda-items", UriKind.Relative);

    [Fact]
    public async Task A_proposal_is_stored_once_listed_and_accepted_and_the_cycle_hears_of_it()
    {
        await using var host = await StartAsync();
        const string Body = "{\"title\":\"Doorstroom techniek\",\"explanation\":\"Cijfers van dit jaar\",\"who\":\"coordinator-hilde\"}";

        using var first = await host.Http.PostAsync(Items, Json(Body));
        using var second = await host.Http.PostAsync(Items, Json(Body));
        using var list = await host.Http.GetAsync(Items);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var item = await ApiHost.JsonAsync(first);
        string key = item.GetProperty("key").GetString()!;
        Assert.Equal(key, (await ApiHost.JsonAsync(second)).GetProperty("key").GetString());
        Assert.Equal("proposed", item.GetProperty("state").GetString());
        Assert.Equal("Hilde Voskamp", item.GetProperty("whoName").GetString());
        var listed = Assert.Single((await ApiHost.JsonAsync(list)).EnumerateArray());
        Assert.Equal("Doorstroom techniek", listed.GetProperty("title").GetString());

        var timeline = await host.Services.GetRequiredService<Workflows.Host.Api.Series.AgendaItemStores>().Timeline.ReadAsync("profijt");
        var proposed = Assert.Single(timeline, e => e.Kind == MeetingEvents.AgendaItemProposed);
        Assert.Equal(("directieberaad", "2027-01-19", "Doorstroom techniek"), (proposed.Series, proposed.Date, proposed.Reason));

        using var accepted = await host.Http.PostAsync(new Uri($"{Items}/{key}/decision", UriKind.Relative), Json("{\"decision\":\"accept\"}"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var decided = await ApiHost.JsonAsync(accepted);
        Assert.Equal(("accepted", "api"), (decided.GetProperty("state").GetString(), decided.GetProperty("decidedBy").GetString()));
        using var again = await host.Http.PostAsync(new Uri($"{Items}/{key}/decision", UriKind.Relative), Json("{\"decision\":\"accept\"}"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // Accepting it again changes no agenda: the cycle hears of the first decision only.
        Assert.Equal([MeetingEvents.AgendaChanged, TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    [Theory]
    [InlineData("{\"who\":\"coordinator-hilde\"}")]
    [InlineData("{\"title\":\"   \",\"who\":\"coordinator-hilde\"}")]
    [InlineData("{\"title\":\"Twee\\nregels\",\"who\":\"coordinator-hilde\"}")]
    [InlineData("{\"title\":\"Punt\"}")]
    [InlineData("{\"title\":\"Punt\",\"who\":\"niemand\"}")]
    [InlineData("{\"title\":5,\"who\":\"coordinator-hilde\"}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_bad_proposal_is_400_problem_details_and_stores_nothing(string json)
    {
        await using var host = await StartAsync();

        var problem = await ApiHost.ProblemAsync(await host.Http.PostAsync(Items, Json(json)), 400);

        Assert.Equal("Ongeldige invoer", problem.GetProperty("title").GetString());
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
        Assert.Empty((await ApiHost.JsonAsync(await host.Http.GetAsync(Items))).EnumerateArray());
    }

    [Fact]
    public async Task Limits_are_refused_with_the_length_and_a_bad_decision_or_key_is_400_an_unknown_one_404()
    {
        await using var host = await StartAsync();
        string tooLong = new('x', 121);
        string longExplanation = new('y', 1001);

        var title = await ApiHost.ProblemAsync(await host.Http.PostAsync(Items, Json($"{{\"title\":\"{tooLong}\",\"who\":\"coordinator-hilde\"}}")), 400);
        var explanation = await ApiHost.ProblemAsync(await host.Http.PostAsync(Items, Json($"{{\"title\":\"Punt\",\"explanation\":\"{longExplanation}\",\"who\":\"coordinator-hilde\"}}")), 400);
        Assert.Equal(["title is te lang: 121 tekens, hoogstens 120."], title.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["explanation is te lang: 1001 tekens, hoogstens 1000."], explanation.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

        using var created = await host.Http.PostAsync(Items, Json("{\"title\":\"Punt\",\"who\":\"coordinator-wim\"}"));
        string key = (await ApiHost.JsonAsync(created)).GetProperty("key").GetString()!;
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"{Items}/{key}/decision", UriKind.Relative), Json("{\"decision\":\"misschien\"}")), 400);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"{Items}/NIET-EEN-SLEUTEL/decision", UriKind.Relative), Json("{\"decision\":\"hold\"}")), 400);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"{Items}/0123456789abcdef/decision", UriKind.Relative), Json("{\"decision\":\"hold\"}")), 404);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/nope/occurrences/2027-01-19/agenda-items", UriKind.Relative), Json("{\"title\":\"Punt\",\"who\":\"coordinator-wim\"}")), 404);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/directieberaad/occurrences/2027-01-20/agenda-items", UriKind.Relative), Json("{\"title\":\"Punt\",\"who\":\"coordinator-wim\"}")), 404);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series/directieberaad/occurrences/19-01-2027/agenda-items", UriKind.Relative)), 400);
        using var anonymous = await host.Anonymous.PostAsync(Items, Json("{\"title\":\"Punt\",\"who\":\"coordinator-wim\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        // Once the meeting has begun its agenda is what it was.
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 19, 14, 30, 0, TimeSpan.Zero));
        await ApiHost.ProblemAsync(await host.Http.PostAsync(Items, Json("{\"title\":\"Laat punt\",\"who\":\"coordinator-wim\"}")), 409);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"{Items}/{key}/decision", UriKind.Relative), Json("{\"decision\":\"accept\"}")), 409);
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    [Fact]
    public async Task Patch_edits_and_moves_an_item_under_the_same_key_and_only_a_change_to_the_accepted_items_tells_the_cycle()
    {
        await using var host = await StartAsync();
        string first = await ProposeAsync(host, "Doorstroom techniek", "coordinator-hilde");
        string second = await ProposeAsync(host, "Open dag", "coordinator-wim");
        string third = await ProposeAsync(host, "Stageplaatsen", "coordinator-wim");

        // Moving a proposed item changes no agenda: nothing is raised.
        var moved = await ApiHost.JsonAsync(await Patch(host, third, "{\"position\":1}"));
        Assert.Equal((third, 0), (moved.GetProperty("key").GetString(), moved.GetProperty("order").GetInt32()));
        Assert.Equal([third, first, second], await KeysAsync(host));
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));

        // Editing an accepted item keeps its key and tells the cycle; a later proposal comes after the ordered ones.
        using var accepted = await host.Http.PostAsync(new Uri($"{Items}/{first}/decision", UriKind.Relative), Json("{\"decision\":\"accept\"}"));
        accepted.EnsureSuccessStatusCode();
        var edited = await ApiHost.JsonAsync(await Patch(host, first, "{\"title\":\"Doorstroom techniek niveau 2\",\"explanation\":\"Cijfers van dit jaar\"}"));
        Assert.Equal((first, "Doorstroom techniek niveau 2", "Cijfers van dit jaar"), (edited.GetProperty("key").GetString(), edited.GetProperty("title").GetString(), edited.GetProperty("explanation").GetString()));
        var removed = await ApiHost.JsonAsync(await Patch(host, first, "{\"explanation\":null}"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, removed.GetProperty("explanation").ValueKind);
        var listed = (await ApiHost.JsonAsync(await host.Http.GetAsync(Items))).EnumerateArray().Single(i => i.GetProperty("key").GetString() == first);
        Assert.Equal(("Doorstroom techniek niveau 2", System.Text.Json.JsonValueKind.Null, "accepted"), (listed.GetProperty("title").GetString(), listed.GetProperty("explanation").ValueKind, listed.GetProperty("state").GetString()));
        string fourth = await ProposeAsync(host, "Rondje scholen", "coordinator-hilde");
        Assert.Equal([third, first, second, fourth], await KeysAsync(host));
        Assert.Equal([TestOrchestrations.Marker, MeetingEvents.AgendaChanged, MeetingEvents.AgendaChanged, MeetingEvents.AgendaChanged, TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));

        // Two accepted items swapping places is a new agenda; the same edit again is none.
        using var acceptedToo = await host.Http.PostAsync(new Uri($"{Items}/{second}/decision", UriKind.Relative), Json("{\"decision\":\"accept\"}"));
        acceptedToo.EnsureSuccessStatusCode();
        var last = await ApiHost.JsonAsync(await Patch(host, first, "{\"position\":1000,\"title\":\"Doorstroom techniek niveau 2\"}"));
        Assert.Equal(3, last.GetProperty("order").GetInt32());
        Assert.Equal([third, second, fourth, first], await KeysAsync(host));
        Assert.Equal(5, (await host.EventsBeforeMarkerAsync(Instance)).Count(e => e == MeetingEvents.AgendaChanged));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"position\":0}")]
    [InlineData("{\"position\":\"1\"}")]
    [InlineData("{\"position\":1.5}")]
    [InlineData("{\"title\":\"\"}")]
    [InlineData("{\"title\":\"Twee\\nregels\"}")]
    [InlineData("[]")]
    public async Task A_bad_patch_is_400_and_changes_nothing(string json)
    {
        await using var host = await StartAsync();
        string key = await ProposeAsync(host, "Punt", "coordinator-wim");
        await ProposeAsync(host, "Ander punt", "coordinator-wim");

        var problem = await ApiHost.ProblemAsync(await Patch(host, key, json), 400);

        Assert.Equal("Ongeldige invoer", problem.GetProperty("title").GetString());
        var items = (await ApiHost.JsonAsync(await host.Http.GetAsync(Items))).EnumerateArray().ToList();
        Assert.Equal(["Punt", "Ander punt"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.All(items, i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("order").ValueKind));
        await ApiHost.ProblemAsync(await Patch(host, "0123456789abcdef", "{\"position\":1}"), 404);
        await ApiHost.ProblemAsync(await Patch(host, key, $"{{\"title\":\"{new string('x', 121)}\"}}"), 400);
    }

    /// <summary>Proposes an item a minute after the one before, so the order proposed is the order of these calls.</summary>
    private static async Task<string> ProposeAsync(ApiHost host, string title, string who)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var response = await host.Http.PostAsync(Items, Json($"{{\"title\":\"{title}\",\"who\":\"{who}\"}}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiHost.JsonAsync(response)).GetProperty("key").GetString()!;
    }

    private static async Task<List<string?>> KeysAsync(ApiHost host) =>
        [.. (await ApiHost.JsonAsync(await host.Http.GetAsync(Items))).EnumerateArray().Select(i => i.GetProperty("key").GetString())];

    private static Task<HttpResponseMessage> Patch(ApiHost host, string key, string json) =>
        host.Http.PatchAsync(new Uri($"{Items}/{key}", UriKind.Relative), Json(json));

    /// <summary>The profijt sample stored, and a stand-in for the directieberaad's cycle under its instance id.</summary>
    private async Task<ApiHost> StartAsync()
    {
        var host = await ApiHost.StartAsync(azurite);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.DecisionTarget, new StartOrchestrationOptions(Instance));
        await host.WaitUntilAsync(Instance, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        return host;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
