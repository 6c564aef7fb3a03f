using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Workflows.Durable;
using Workflows.Host.CustomHandler;
using Workflows.Testing;

namespace Workflows.Host.Tests.CustomHandler;

/// <summary>
/// The custom-handler protocol against the real app on Kestrel and Azurite: the documented host payloads in,
/// the documented reply out, and the engine's effects behind them.
/// </summary>
[Collection("azurite")]
public sealed class HandlerContractTests(AzuriteFixture azurite)
{
    private static void Chain(DurableTaskRegistry registry) => registry
        .AddActivityFunc<string, string>("Greet", (_, name) => $"Hallo {name}")
        .AddOrchestratorFunc<string, string>("Chain", async (ctx, name) =>
        {
            string first = await ctx.CallActivityAsync<string>("Greet", name);
            return await ctx.CallActivityAsync<string>("Greet", first);
        })
        .AddOrchestratorFunc<string, string>("Sleeper", async (ctx, name) =>
        {
            await ctx.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
            return await ctx.CallActivityAsync<string>("Greet", name);
        });

    [Fact]
    public async Task An_orchestration_runs_to_completion_when_its_queue_messages_are_handed_in_through_the_queue_functions()
    {
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, Chain);
        string id = await handler.Hub.CreateClient().ScheduleNewOrchestrationInstanceAsync("Chain", "Profijt");

        var done = await handler.DriveAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hallo Hallo Profijt", done.ReadOutputAs<string>());
        Assert.True(handler.Replies.Count >= 3, $"only {handler.Replies.Count} invocations");
        Assert.All(handler.Replies, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var reply in handler.Replies)
        {
            using var json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
            Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("Outputs").ValueKind);
            Assert.NotEmpty(json.RootElement.GetProperty("Logs").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ReturnValue").ValueKind);
        }
    }

    [Fact]
    public async Task The_minute_timer_function_hands_due_durable_timers_to_their_instances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, Chain, clock);
        var client = handler.Hub.CreateClient();
        string id = await client.ScheduleNewOrchestrationInstanceAsync("Sleeper", "Element");
        await handler.DriveUntilIdleAsync();

        var early = await handler.PostAsync(FunctionCatalog.HousekeepingFunction, HandlerHost.TimerPayload());
        var beforeDue = await ReadLogAsync(early);
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var due = await handler.PostAsync(FunctionCatalog.HousekeepingFunction, HandlerHost.TimerPayload());
        var afterDue = await ReadLogAsync(due);
        var done = await handler.DriveAsync(id);

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("0 due timers fired", beforeDue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, due.StatusCode);
        Assert.Contains("1 due timers fired", afterDue, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hallo Element", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_message_the_engine_cannot_read_gets_a_failure_status_so_the_host_retries_and_poisons_it()
    {
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, Chain);

        var garbage = await handler.PostAsync(FunctionCatalog.ControlQueueFunction, HandlerHost.QueuePayload("{\"neither\":1}", 1, MessageEncoding.Twice));
        var notJson = await handler.PostAsync(FunctionCatalog.WorkQueueFunction, HandlerHost.QueuePayload("hallo", 1, MessageEncoding.Once));

        Assert.Equal(HttpStatusCode.InternalServerError, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, notJson.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_the_documented_payload_is_refused_with_400()
    {
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, Chain);

        var noData = await handler.PostAsync(FunctionCatalog.ControlQueueFunction, new { Metadata = new { DequeueCount = 1 } });
        var noCount = await handler.PostAsync(FunctionCatalog.ControlQueueFunction, new { Data = new { message = "{}" }, Metadata = new { } });
        var wrongBinding = await handler.PostAsync(FunctionCatalog.WorkQueueFunction, new { Data = new { item = "{}" }, Metadata = new { DequeueCount = 1 } });

        Assert.Equal(HttpStatusCode.BadRequest, noData.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCount.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongBinding.StatusCode);
    }

    private static async Task<string> ReadLogAsync(HttpResponseMessage reply)
    {
        var body = await reply.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join("\n", body.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()));
    }
}
