using Azure.Data.Tables;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>Behaviours a design review found wanting, each pinned down by a test against Azurite.</summary>
public sealed class ReviewRegressionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Finished_work_is_not_rerun_by_the_sweeper_when_its_turn_also_armed_a_long_timer()
    {
        int calls = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("SendInvitation", (_, _) =>
            {
                Interlocked.Increment(ref calls);
                return "sent";
            })
            .AddOrchestratorFunc<string, string>("InviteOrGiveUp", async (ctx, _) =>
            {
                using var cts = new CancellationTokenSource();
                var send = ctx.CallActivityAsync<string>("SendInvitation");
                var giveUp = ctx.CreateTimer(TimeSpan.FromHours(1), cts.Token);
                await Task.WhenAny(send, giveUp);
                cts.Cancel();
                return await send;
            }));

        var result = await engine.RunAsync("InviteOrGiveUp");

        // Several outbox leases (1 s) and sweeps (0.5 s) later, the invitation still went out once.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal("sent", result.ReadOutputAs<string>());
        Assert.Equal(1, calls);
        Assert.Equal(0, await CountOutboxRowsAsync(engine, result.InstanceId));
    }

    [Fact]
    public async Task Terminating_an_instance_whose_start_is_not_due_ends_it_at_once()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, string>("Later", (_, _) => Task.FromResult("ran")), clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Later", null, new StartOrchestrationOptions(StartAt: clock.GetUtcNow().AddDays(30)));

        await engine.Client.TerminateInstanceAsync(id, "ingetrokken");
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("ingetrokken", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Event_that_arrives_before_its_instance_exists_is_redelivered_not_dropped()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, string>("Waits", (ctx, _) => ctx.WaitForExternalEvent<string>("answer")));

        await engine.Client.RaiseEventAsync("not-yet", "answer", "vroeg");
        await Task.Delay(300);
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Waits", null, new StartOrchestrationOptions("not-yet"));

        Assert.Equal("vroeg", (await engine.WaitAsync("not-yet")).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Sub_orchestration_start_for_an_id_in_use_fails_the_call_instead_of_hanging()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, string>("Busy", (ctx, _) => ctx.WaitForExternalEvent<string>("never"))
            .AddOrchestratorFunc<string, string>("Parent", async (ctx, _) =>
            {
                try
                {
                    return await ctx.CallSubOrchestratorAsync<string>("Busy", null, new SubOrchestrationOptions(InstanceId: "bezet"));
                }
                catch (TaskFailedException e)
                {
                    return e.FailureDetails.ErrorType;
                }
            }));
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Busy", null, new StartOrchestrationOptions("bezet"));
        await engine.WaitUntilAsync("bezet", m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var result = await engine.RunAsync("Parent");

        Assert.Equal("InstanceIdInUse", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Instance_ids_that_cannot_be_partition_keys_are_refused_up_front()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, _ => { }, startWorker: false);

        await Assert.ThrowsAsync<ArgumentException>(() => engine.Client.ScheduleNewOrchestrationInstanceAsync("X", null, new StartOrchestrationOptions("profijt/directieberaad")));
    }

    [Fact]
    public async Task Two_sweepers_relay_an_orphaned_outbox_row_once()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, _ => { }, startWorker: false);
        var message = new Storage.ControlMessage("wees", null, new History.EventRaised("go", "1", "m-1") { At = DateTimeOffset.UtcNow }, "m-1");
        var row = new TableEntity("wees", "o|dead.00000001m")
        {
            ["WrittenAt"] = DateTimeOffset.UtcNow.AddMinutes(-10),
            ["Items"] = System.Text.Json.JsonSerializer.Serialize(new List<Storage.OutboxItem> { new Storage.SendControl(message) }, DurableJson.Options),
        };
        await engine.Hub.Storage.Instances.AddEntityAsync(row);
        var a = engine.Hub.CreateWorker(engine.Registry, EngineHarness.FastOptions());
        var b = engine.Hub.CreateWorker(engine.Registry, EngineHarness.FastOptions());
        await using var _ = a;
        await using var __ = b;

        int[] swept = await Task.WhenAll(a.SweepOutboxAsync(), b.SweepOutboxAsync());

        Assert.Equal(1, swept.Sum());
        Assert.Equal(1, (await engine.Hub.Storage.ControlQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, await CountOutboxRowsAsync(engine, "wees"));
    }

    [Fact]
    public async Task Activity_running_longer_than_the_visibility_timeout_is_not_started_twice()
    {
        int calls = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("SlowGraphCall", async (_, _) =>
            {
                Interlocked.Increment(ref calls);
                await Task.Delay(TimeSpan.FromSeconds(6));
                return "klaar";
            })
            .AddOrchestratorFunc<string, string>("Slow", (ctx, _) => ctx.CallActivityAsync<string>("SlowGraphCall")), startWorker: false);
        void Remote(DurableTaskWorkerOptions o)
        {
            o.RunActivitiesLocally = false;
            o.MessageVisibilityTimeout = TimeSpan.FromSeconds(3);
        }

        await engine.StartWorkerAsync(Remote);
        await engine.StartWorkerAsync(Remote);

        var result = await engine.RunAsync("Slow");

        Assert.Equal("klaar", result.ReadOutputAs<string>());
        Assert.Equal(1, calls);
    }

    private static async Task<int> CountOutboxRowsAsync(EngineHarness engine, string id)
    {
        int rows = 0;
        await foreach (var row in engine.Hub.Storage.Instances.QueryAsync<TableEntity>(e => e.PartitionKey == id))
        {
            rows += row.RowKey.StartsWith("o|", StringComparison.Ordinal) ? 1 : 0;
        }

        return rows;
    }
}
