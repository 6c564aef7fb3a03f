using System.Net;
using System.Net.Http.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed class InstanceApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Status_list_and_a_raised_event_that_completes_the_instance()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Waiter, "input", new StartOrchestrationOptions("meeting-1"));
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var status = await ApiHost.JsonAsync(await host.Http.GetAsync(new Uri($"/api/instances/{id}", UriKind.Relative)));
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Waiter", status.GetProperty("name").GetString());
        Assert.Equal("input", status.GetProperty("input").GetString());

        var page = await ApiHost.JsonAsync(await host.Http.GetAsync(new Uri("/api/instances?status=running,pending&prefix=meeting-&pageSize=10", UriKind.Relative)));
        Assert.Equal(id, Assert.Single(page.GetProperty("instances").EnumerateArray()).GetProperty("instanceId").GetString());
        var none = await ApiHost.JsonAsync(await host.Http.GetAsync(new Uri("/api/instances?status=Completed", UriKind.Relative)));
        Assert.Empty(none.GetProperty("instances").EnumerateArray());

        using var raise = await host.Http.PostAsJsonAsync(new Uri($"/api/instances/{id}/events/go", UriKind.Relative), new { answer = 42 });
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        Assert.EndsWith($"/api/instances/{id}", raise.Headers.Location?.ToString(), StringComparison.Ordinal);
        var done = await host.WaitUntilAsync(id, m => m.IsCompleted);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("{\"answer\":42}", done.SerializedOutput);

        var history = (await ApiHost.JsonAsync(await host.Http.GetAsync(new Uri($"/api/instances/{id}/history", UriKind.Relative)))).EnumerateArray().ToList();
        Assert.Contains(history, e => e.GetProperty("eventType").GetString() == "EventRaised" && e.GetProperty("event").GetProperty("name").GetString() == "go");
        // The last turn records the completion, then closes (DTFx's history: ExecutionCompleted, OrchestratorCompleted).
        Assert.Equal(["ExecutionCompleted", "OrchestratorCompleted"], history[^2..].Select(e => e.GetProperty("eventType").GetString()));

        // Finished: events are refused with 410 (as Durable Functions does).
        await ApiHost.ProblemAsync(await host.Http.PostAsJsonAsync(new Uri($"/api/instances/{id}/events/go", UriKind.Relative), 1), 410);
    }

    [Fact]
    public async Task Suspend_resume_terminate_and_purge_with_their_state_rules()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Waiter);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/resume", UriKind.Relative), null), 409);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Http.PostAsync(new Uri($"/api/instances/{id}/suspend?reason=vakantie", UriKind.Relative), null)).StatusCode);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/suspend", UriKind.Relative), null), 409);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Http.PostAsync(new Uri($"/api/instances/{id}/resume", UriKind.Relative), null)).StatusCode);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await ApiHost.ProblemAsync(await host.Http.DeleteAsync(new Uri($"/api/instances/{id}", UriKind.Relative)), 409);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Http.PostAsync(new Uri($"/api/instances/{id}/terminate?reason=test", UriKind.Relative), null)).StatusCode);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Terminated);
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/terminate", UriKind.Relative), null), 410);

        using var purge = await host.Http.DeleteAsync(new Uri($"/api/instances/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        Assert.Equal(1, (await ApiHost.JsonAsync(purge)).GetProperty("instancesDeleted").GetInt32());
        Assert.Null(await host.Client.GetInstanceAsync(id));
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri($"/api/instances/{id}", UriKind.Relative)), 404);
    }

    [Fact]
    public async Task A_failed_instance_shows_the_error_and_its_cause_but_no_stack_trace()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Thrower);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Failed);

        using var response = await host.Http.GetAsync(new Uri($"/api/instances/{id}", UriKind.Relative));
        string json = await response.Content.ReadAsStringAsync();
        var failure = (await ApiHost.JsonAsync(response)).GetProperty("failureDetails");

        Assert.Equal(typeof(InvalidOperationException).FullName, failure.GetProperty("errorType").GetString());
        Assert.Equal("De ronde kon niet verder.", failure.GetProperty("errorMessage").GetString());
        Assert.Equal("Datum onleesbaar.", failure.GetProperty("innerFailure").GetProperty("errorMessage").GetString());
        Assert.DoesNotContain("stackTrace", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(TestOrchestrations), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reasons_event_names_and_query_texts_over_the_limits_are_400_and_change_nothing()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Waiter);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var longReason = await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/terminate?reason={new string('x', 2001)}", UriKind.Relative), null), 400);
        Assert.Equal(["reason is te lang: 2001 tekens, hoogstens 2000."], longReason.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        var nul = await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/suspend?reason=vakantie%00", UriKind.Relative), null), 400);
        Assert.Equal(["reason bevat een stuurteken (U+0000) op positie 9."], nul.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        await ApiHost.ProblemAsync(await host.Http.PostAsJsonAsync(new Uri($"/api/instances/{id}/events/go%01", UriKind.Relative), 1), 400);
        await ApiHost.ProblemAsync(await host.Http.PostAsJsonAsync(new Uri($"/api/instances/{id}/events/{new string('g', 65)}", UriKind.Relative), 1), 400);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri($"/api/instances?prefix={new string('p', 401)}", UriKind.Relative)), 400);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/instances?continuationToken=a%00b", UriKind.Relative)), 400);

        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        Assert.Empty(await host.RaisedEventsAsync(id));
    }

    [Theory]
    [InlineData("GET", "/api/instances/unknown")]
    [InlineData("GET", "/api/instances/unknown/history")]
    [InlineData("POST", "/api/instances/unknown/events/go")]
    [InlineData("POST", "/api/instances/unknown/terminate")]
    [InlineData("POST", "/api/instances/unknown/suspend")]
    [InlineData("POST", "/api/instances/unknown/resume")]
    [InlineData("DELETE", "/api/instances/unknown")]
    public async Task Unknown_instances_are_404(string method, string path)
    {
        await using var host = await ApiHost.StartAsync(azurite);

        await ApiHost.ProblemAsync(await host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), 404);
    }

    [Fact]
    public async Task Bad_queries_and_bodies_are_400()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Waiter);

        var query = await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/instances?status=Sleeping&pageSize=0&createdFrom=yesterday", UriKind.Relative)), 400);
        Assert.Equal(3, query.GetProperty("errors").GetArrayLength());
        using var notJson = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        await ApiHost.ProblemAsync(await host.Http.PostAsync(new Uri($"/api/instances/{id}/events/go", UriKind.Relative), notJson), 400);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/instances/a%23b", UriKind.Relative)), 400);
    }
}
