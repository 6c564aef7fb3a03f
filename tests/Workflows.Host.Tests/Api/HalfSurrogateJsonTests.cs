using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A JSON body may escape half a UTF-16 pair ("\ud800"): it parses, but reading or passing on that string threw, a 500.
/// It is refused as bad JSON (400), and nothing is raised. Found by the fuzz test.
/// </summary>
[Collection("api-azurite")]
public sealed class HalfSurrogateJsonTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("""{"answer":"\ud800"}""")]
    [InlineData("""{"answer":"\udfff and more"}""")]
    [InlineData("""{"\ud83d":1}""")]
    [InlineData("""["ok","\ud83d\u00e9"]""")]
    public async Task An_event_payload_with_half_a_surrogate_pair_is_400_and_nothing_is_raised(string payload)
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Waiter, "input");
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        using var body = new StringContent(payload, Encoding.UTF8, "application/json");
        var problem = await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/events/go", UriKind.Relative), body), 400);
        Assert.Contains("UTF-16", problem.GetProperty("detail").GetString() ?? problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("go", await host.EventsBeforeMarkerAsync(id));
    }

    [Theory]
    [InlineData("move", """{"newDate":"\ud800"}""")]
    [InlineData("move", """{"newDate":"2026-12-01","reason":"\ud83d\u00e9"}""")]
    [InlineData("cancel", """{"reason":"\udc00"}""")]
    public async Task An_occurrence_command_with_half_a_surrogate_pair_is_400(string command, string json)
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/series/directieberaad/occurrences/2026-12-01/{command}", UriKind.Relative), body), 400);
        Assert.Contains("De inhoud is geen geldige JSON.", problem.ToString(), StringComparison.Ordinal);
    }
}
