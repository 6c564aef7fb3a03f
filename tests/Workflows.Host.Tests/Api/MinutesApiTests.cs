using System.Net;
using System.Text;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The verslag routes: a draft saved (in one write), read back, approved once (which starts the minutes orchestration
/// of that occurrence), and action items ticked off and reopened; 400 with every Dutch error and nothing stored for
/// bad input, 409 before the meeting was held and after approval, 404 for what does not exist, 401 without a key.
/// </summary>
[Collection("api-azurite")]
public sealed class MinutesApiTests(AzuriteFixture azurite)
{
    private const string Held = "2026-09-15";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));
    private static readonly Uri Minutes = new($"/api/series/directieberaad/occurrences/{Held}/minutes", UriKind.Relative);
    private static readonly Uri Approval = new($"/api/series/directieberaad/occurrences/{Held}/minutes/approval", UriKind.Relative);

    private const string Draft = """
        {"text": "Doorstroom techniek besproken.\n\nBesloten: een gezamenlijke open dag.",
         "actionItems": [
           {"what": "Cijfers doorstroom  verzamelen", "owner": "wendy-bosman", "due": "2026-10-02"},
           {"what": "Datum open dag voorstellen", "owner": "carla-stortelder", "due": "2026-09-25"}]}
        """;

    [Fact]
    public async Task A_draft_is_saved_read_approved_once_and_its_items_ticked_off()
    {
        await using var host = await StartAsync();

        using var saved = await host.Http.PutAsync(Minutes, Json(Draft));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await ApiHost.JsonAsync(saved);
        Assert.Equal("Doorstroom techniek besproken.\n\nBesloten: een gezamenlijke open dag.", body.GetProperty("text").GetString());
        var items = body.GetProperty("actionItems").EnumerateArray().ToList();

        // In the order due; the text's spacing made one; the owner's name resolved.
        Assert.Equal(["Datum open dag voorstellen", "Cijfers doorstroom verzamelen"], items.Select(i => i.GetProperty("what").GetString()));
        Assert.Equal(["Carla Stortelder", "Wendy Bosman"], items.Select(i => i.GetProperty("ownerName").GetString()));
        Assert.All(items, i => Assert.True(ActionItemKeys.IsWellFormed(i.GetProperty("key").GetString())));
        Assert.False(body.TryGetProperty("approvedAt", out var notYet) && notYet.ValueKind != System.Text.Json.JsonValueKind.Null);

        // Saving again with one item fewer removes it; the one kept keeps its key.
        string shorter = """{"text": "Korter.", "actionItems": [{"what": "Datum open dag voorstellen", "owner": "carla-stortelder", "due": "2026-09-25"}]}""";
        using var resaved = await host.Http.PutAsync(Minutes, Json(shorter));
        var kept = Assert.Single((await ApiHost.JsonAsync(resaved)).GetProperty("actionItems").EnumerateArray());
        Assert.Equal(items[0].GetProperty("key").GetString(), kept.GetProperty("key").GetString());
        using var read = await host.Http.GetAsync(Minutes);
        Assert.Equal("Korter.", (await ApiHost.JsonAsync(read)).GetProperty("text").GetString());

        using var approved = await host.Http.PostAsync(Approval, null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("api", (await ApiHost.JsonAsync(approved)).GetProperty("approvedBy").GetString());
        var instance = await host.Client.GetInstanceAsync(MinutesCommands.InstanceId("profijt", "directieberaad", Held), getInputsAndOutputs: true);
        Assert.Equal(MinutesActivityNames.Orchestrator, instance!.Name);
        var input = instance.ReadInputAs<MinutesInput>()!;
        Assert.Equal((Held, "directieberaad"), (input.Date, input.Series.SeriesId));

        // Approved again: 200, the same approval, no second instance; the verslag no longer changes.
        using var twice = await host.Http.PostAsync(Approval, null);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        var refused = await ApiHost.ProblemAsync(await host.Http.PutAsync(Minutes, Json(Draft)), 409);
        Assert.Contains("al vastgesteld en verstuurd", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var done = new Uri($"/api/series/directieberaad/occurrences/{Held}/action-items/{kept.GetProperty("key").GetString()}/done", UriKind.Relative);
        using var ticked = await host.Http.PostAsync(done, Json("{\"done\":true}"));
        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<MinutesStore>().ReadOpenAsync("profijt", "directieberaad", "2026-11-17"));
        using var reopened = await host.Http.PostAsync(done, Json("{\"done\":false}"));
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Single(await host.Services.GetRequiredService<MinutesStore>().ReadOpenAsync("profijt", "directieberaad", "2026-11-17"));
    }

    [Theory]
    [InlineData("{}", "text ontbreekt")]
    [InlineData("{\"text\": 5}", "text moet tekst zijn.")]
    [InlineData("{\"text\": \"x\", \"actionItems\": {}}", "actionItems moet een lijst zijn")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [5]}", "actionItems[0] moet een object zijn")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"owner\": \"wendy-bosman\", \"due\": \"2026-10-02\"}]}", "actionItems[0].what ontbreekt")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"what\": \"a\", \"owner\": \"hogeschool-oost\", \"due\": \"2026-10-02\"}]}", "actionItems[0].owner 'hogeschool-oost' is geen lid, voorzitter of coördinator van deze overlegreeks.")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"what\": \"a\", \"owner\": \"wendy-bosman\", \"due\": \"2026-09-15\"}]}", "actionItems[0].due moet na de bijeenkomst liggen (2026-09-15).")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"what\": \"a\", \"owner\": \"wendy-bosman\", \"due\": \"2 oktober\"}]}", "actionItems[0].due moet een datum zijn (jjjj-mm-dd).")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"what\": \"a\\nb\", \"owner\": \"wendy-bosman\", \"due\": \"2026-10-02\"}]}", "de tekst moet op één regel staan")]
    [InlineData("{\"text\": \"x\", \"actionItems\": [{\"what\": \"a\", \"owner\": \"wendy-bosman\", \"due\": \"2026-10-02\"}, {\"what\": \" A \", \"owner\": \"wendy-bosman\", \"due\": \"2026-10-09\"}]}", "staat twee keer in de lijst")]
    [InlineData("[]", "De body moet een JSON-object zijn.")]
    public async Task A_bad_verslag_is_400_problem_details_in_Dutch_and_stores_nothing(string json, string error)
    {
        await using var host = await StartAsync();

        var problem = await ApiHost.ProblemAsync(await host.Http.PutAsync(Minutes, Json(json)), 400);

        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains(error, StringComparison.Ordinal));
        Assert.Null(await host.Services.GetRequiredService<MinutesStore>().ReadAsync("profijt", "directieberaad", Held));
    }

    [Fact]
    public async Task Too_long_not_held_nothing_to_approve_unknown_item_unknown_series_and_no_key_are_refused()
    {
        await using var host = await StartAsync();
        var store = host.Services.GetRequiredService<MinutesStore>();

        var tooLong = await ApiHost.ProblemAsync(await host.Http.PutAsync(Minutes, Json($"{{\"text\": \"{new string('x', MinutesRules.MaxTextLength + 1)}\"}}")), 400);
        Assert.Contains("hoogstens 20000", tooLong.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        string many = string.Join(",", Enumerable.Range(0, MinutesStore.MaxActionItems + 1).Select(i => $"{{\"what\":\"punt {i}\",\"owner\":\"wendy-bosman\",\"due\":\"2026-10-02\"}}"));
        await ApiHost.ProblemAsync(await host.Http.PutAsync(Minutes, Json($"{{\"text\":\"x\",\"actionItems\":[{many}]}}")), 400);

        var notHeld = await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/series/directieberaad/occurrences/2026-11-17/minutes", UriKind.Relative), Json("{\"text\":\"x\"}")), 409);
        Assert.Contains("is nog niet gehouden; een verslag kan pas worden opgeslagen als de bijeenkomst is gehouden.", notHeld.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(Approval, null), 404);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(Minutes), 404);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/series/directieberaad/occurrences/{Held}/action-items/0123456789abcdef/done", UriKind.Relative), Json("{\"done\":true}")), 404);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/series/directieberaad/occurrences/{Held}/action-items/nope/done", UriKind.Relative), Json("{\"done\":true}")), 400);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/series/directieberaad/occurrences/{Held}/action-items/0123456789abcdef/done", UriKind.Relative), Json("{\"done\":\"ja\"}")), 400);
        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri($"/api/series/nope/occurrences/{Held}/minutes", UriKind.Relative), Json("{\"text\":\"x\"}")), 404);

        using var anonymous = await host.Anonymous.PutAsync(Minutes, Json("{\"text\":\"x\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null(await store.ReadAsync("profijt", "directieberaad", Held));
        Assert.Null(await host.Client.GetInstanceAsync(MinutesCommands.InstanceId("profijt", "directieberaad", Held)));
    }

    /// <summary>The profijt sample stored, and the directieberaad of 15 September 2026 held as the meeting cycle records it.</summary>
    private async Task<ApiHost> StartAsync()
    {
        var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        await host.Services.GetRequiredService<AttendanceStore>().RecordAsync("profijt", "directieberaad", Held, [new OrganizationAttendance("roc-achterhoek", 2, 2)]);
        return host;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
