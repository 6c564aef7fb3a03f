using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The coordinators' decision about an occurrence at risk reaches the series' instance as <c>occurrence-decision</c>
/// with <see cref="OccurrenceDecisionRequest"/>: through the API route and through the mail's signed one-click links.
/// </summary>
[Collection("api-azurite")]
public sealed class OccurrenceDecisionTests(AzuriteFixture azurite)
{
    private const string Instance = "meeting:profijt:directieberaad";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));
    private static readonly Uri Decision = new("/api/series/directieberaad/occurrences/2027-01-19/decision", UriKind.Relative);

    [Fact]
    public async Task The_api_raises_the_decision_to_the_series_instance()
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync(Decision, Json("{\"decision\":\"cancel\"}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await ApiHost.JsonAsync(response);
        Assert.Equal("decision", body.GetProperty("command").GetString());
        Assert.Equal(Instance, body.GetProperty("instance").GetString());
        var decision = await DecisionAsync(host);
        Assert.Equal("2027-01-19", decision.GetProperty("date").GetString());
        Assert.Equal("cancel", decision.GetProperty("decision").GetString());
        Assert.Equal("api", decision.GetProperty("who").GetString());
    }

    [Theory]
    [InlineData("{\"decision\":\"misschien\"}", 400)]
    [InlineData("{\"reason\":\"x\"}", 400)]
    [InlineData("{\"decision\":5}", 400)]
    [InlineData("[]", 400)]
    [InlineData("", 400)]
    public async Task A_bad_body_is_400_problem_details_and_raises_nothing(string json, int status)
    {
        await using var host = await StartAsync();

        var problem = await ApiHost.ProblemAsync(await host.Http.PostAsync(Decision, Json(json)), status);

        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    [Fact]
    public async Task Unknown_series_or_date_is_404_without_a_key_401_and_a_started_meeting_409()
    {
        await using var host = await StartAsync();

        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/nope/occurrences/2027-01-19/decision", UriKind.Relative), Json("{\"decision\":\"hold\"}")), 404);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri("/api/series/directieberaad/occurrences/2027-01-20/decision", UriKind.Relative), Json("{\"decision\":\"hold\"}")), 404);
        using var anonymous = await host.Anonymous.PostAsync(Decision, Json("{\"decision\":\"hold\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 19, 14, 30, 0, TimeSpan.Zero));
        await ApiHost.ProblemAsync(await host.Http.PostAsync(Decision, Json("{\"decision\":\"hold\"}")), 409);
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    [Fact]
    public async Task The_mail_link_shows_a_Dutch_confirmation_then_raises_the_decision_once_for_both_buttons()
    {
        await using var host = await StartAsync();
        var (hold, cancel) = Links(host);

        using var page = await host.Anonymous.GetAsync(hold);
        string confirm = await page.Content.ReadAsStringAsync();
        using var used = await host.Anonymous.PostAsync(hold, null);
        string done = await used.Content.ReadAsStringAsync();
        using var other = await host.Anonymous.PostAsync(cancel, null);
        using var look = await host.Anonymous.GetAsync(cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("U geeft door dat het overleg van dinsdag 19 januari 2027 <strong>doorgaat</strong>.", confirm, StringComparison.Ordinal);
        Assert.Contains("<p>De keuze geldt voor alle coördinatoren. Daarna werken de knoppen in de e-mail niet meer.</p>", confirm, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Contains("Verwerkt: het overleg van dinsdag 19 januari 2027 gaat door.", done, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, other.StatusCode);
        Assert.Contains("Voor dit overleg is al gekozen", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, look.StatusCode);
        var decision = await DecisionAsync(host);
        Assert.Equal("2027-01-19", decision.GetProperty("date").GetString());
        Assert.Equal("hold", decision.GetProperty("decision").GetString());
        Assert.Equal("coordinator-hilde,coordinator-wim", decision.GetProperty("who").GetString());
        Assert.Equal([Workflows.Orchestrations.Meetings.MeetingEvents.OccurrenceDecision, TestOrchestrations.Marker], await host.RaisedEventsAsync(Instance));
    }

    [Fact]
    public async Task A_link_past_the_start_says_until_when_it_was_valid_and_raises_nothing()
    {
        await using var host = await StartAsync();
        var (_, cancel) = Links(host);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 19, 14, 0, 0, TimeSpan.Zero));

        using var get = await host.Anonymous.GetAsync(cancel);
        using var post = await host.Anonymous.PostAsync(cancel, null);

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("Deze link was geldig tot het begin van het overleg van dinsdag 19 januari 2027", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    [Fact]
    public async Task A_signed_decision_link_without_a_date_or_with_another_decision_is_invalid()
    {
        await using var host = await StartAsync();
        var links = host.Services.GetRequiredService<ActionLinks>();
        var expires = host.Clock.GetUtcNow().AddDays(30);

        foreach (var link in new[]
        {
            new ActionLink(Instance, MeetingEvents.OccurrenceDecision, "hold", "coordinator-hilde", expires),
            new ActionLink(Instance, MeetingEvents.OccurrenceDecision, "maybe", "coordinator-hilde", expires, "2027-01-19"),
        })
        {
            using var post = await host.Anonymous.PostAsync(new Uri(links.CreatePath(link), UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(Instance));
    }

    private static (Uri Hold, Uri Cancel) Links(ApiHost host)
    {
        // As MeetingWarnAtRisk signs them: one pair per mail, valid until the start (19 January 2027, 15:00 CET).
        var start = new DateTimeOffset(2027, 1, 19, 15, 0, 0, TimeSpan.FromHours(1));
        var urls = host.Services.GetRequiredService<ActionLinks>().CreateAlternativeUrls(
        [
            new ActionLink(Instance, MeetingEvents.OccurrenceDecision, "hold", "coordinator-hilde,coordinator-wim", start, "2027-01-19"),
            new ActionLink(Instance, MeetingEvents.OccurrenceDecision, "cancel", "coordinator-hilde,coordinator-wim", start, "2027-01-19"),
        ]);
        return (new Uri(urls[0].PathAndQuery, UriKind.Relative), new Uri(urls[1].PathAndQuery, UriKind.Relative));
    }

    /// <summary>The profijt sample stored, and a stand-in for the directieberaad's cycle under its instance id.</summary>
    private async Task<ApiHost> StartAsync()
    {
        var host = await ApiHost.StartAsync(azurite);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.DecisionTarget, new StartOrchestrationOptions(Instance));
        await host.WaitUntilAsync(Instance, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        return host;
    }

    private static async Task<JsonElement> DecisionAsync(ApiHost host)
    {
        await host.Client.RaiseEventAsync(Instance, TestOrchestrations.Marker, "marker");
        var done = await host.WaitUntilAsync(Instance, m => m.IsCompleted);
        return JsonDocument.Parse(done.SerializedOutput!).RootElement;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
