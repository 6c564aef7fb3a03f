using System.Collections.Concurrent;
using Azure.Data.Tables;
using Workflows.Durable.Worker;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>
/// The checkpoint protocol under failure: a worker dies at each step of a turn, a fresh worker takes over, and
/// the instance completes with every step recorded exactly once (see the engine README, "Checkpoint protocol").
/// The orchestration passes every step at least twice, so each crash point is hit early and late in its life.
/// </summary>
public sealed class CrashSafetyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly ConcurrentDictionary<string, int> _sideEffects = new();

    public static TheoryData<string, int> Crashes()
    {
        var data = new TheoryData<string, int>();
        foreach (string step in Enum.GetNames<CheckpointStep>())
        {
            data.Add(step, 1);
            data.Add(step, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task Crash_at_a_checkpoint_step_loses_nothing_and_repeats_no_transition(string stepName, int occurrence)
    {
        var step = Enum.Parse<CheckpointStep>(stepName);
        await using var engine = await EngineHarness.StartAsync(azurite, Register, startWorker: false);
        var crashed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int seen = 0;
        var doomed = await engine.StartWorkerAsync(o => o.FaultInjector = (s, _) =>
        {
            if (s == step && Interlocked.Increment(ref seen) == occurrence)
            {
                crashed.TrySetResult();
                throw new SimulatedCrashException($"crash at {s} #{occurrence}");
            }

            return ValueTask.CompletedTask;
        });

        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Checkpointed", 0);
        await engine.Client.RaiseEventAsync(id, "go", 10);
        await crashed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await doomed.StopAsync(CancellationToken.None);
        await engine.StartWorkerAsync();
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(1 + 2 + 10 + 3, result.ReadOutputAs<int>());
        await AssertEachStepOnceAsync(engine, id);
        Assert.Equal(3, _sideEffects.Count);
        await AssertOutboxDrainsAsync(engine, id);
    }

    [Fact]
    public async Task Duplicated_and_reordered_messages_change_nothing_twice()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register, startWorker: false);
        var worker = engine.Hub.CreateWorker(engine.Registry, EngineHarness.FastOptions());
        await using var _ = worker;
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Checkpointed", 0);
        await engine.Client.RaiseEventAsync(id, "go", 10);
        var random = new Random(1234);
        var seen = new List<string>();

        // A hostile host: every message is handed in twice, batches are shuffled, old messages come back later.
        for (int round = 0; round < 200 && !(await engine.Client.GetInstanceAsync(id))!.IsCompleted; round++)
        {
            var batch = new List<string>();
            foreach (var queue in new[] { engine.Hub.Storage.ControlQueue, engine.Hub.Storage.WorkQueue })
            {
                foreach (var message in (await queue.ReceiveMessagesAsync(32)).Value)
                {
                    batch.Add(message.Body.ToString());
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
            }

            batch.AddRange(batch.ToList());
            if (seen.Count > 0)
            {
                batch.Add(seen[random.Next(seen.Count)]);
            }

            seen.AddRange(batch);
            foreach (string text in batch.OrderBy(_ => random.Next()))
            {
                await worker.ProcessMessageAsync(text, 1);
            }

            await worker.FireDueTimersAsync();
            await Task.Delay(50);
        }

        var result = await engine.Client.GetInstanceAsync(id, true);
        Assert.Equal(16, result!.ReadOutputAs<int>());
        await AssertEachStepOnceAsync(engine, id);
    }

    [Fact]
    public async Task Two_workers_racing_on_one_instance_apply_every_event_exactly_once()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<int, int>("Tally", async (ctx, count) =>
            {
                int sum = 0;
                for (int i = 0; i < count; i++)
                {
                    sum += await ctx.WaitForExternalEvent<int>("vote");
                }

                return sum;
            }), startWorker: false);
        await engine.StartWorkerAsync(o => o.SessionIdleTimeout = TimeSpan.FromMilliseconds(50));
        await engine.StartWorkerAsync(o => o.SessionIdleTimeout = TimeSpan.FromMilliseconds(50));
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Tally", 60);

        await Parallel.ForEachAsync(Enumerable.Range(1, 60), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await engine.Client.RaiseEventAsync(id, "vote", i, ct));
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(Enumerable.Range(1, 60).Sum(), result.ReadOutputAs<int>());
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Equal(60, history.Count(e => e.EventType == "EventRaised"));
    }

    [Fact]
    public async Task Stale_snapshot_loses_the_etag_race_and_the_commit_is_refused_whole()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Checkpointed", 0, new StartOrchestrationOptions("race"));
        await engine.WaitForHistoryAsync("race", h => h.Count(e => e.EventType == "TaskCompleted") == 2);

        var store = engine.Hub.Store;
        var a = await store.LoadAsync("race", CancellationToken.None);
        var b = await store.LoadAsync("race", CancellationToken.None);
        var appended = new List<History.HistoryEvent> { new History.OrchestratorStarted { At = DateTimeOffset.UtcNow } };
        await store.CommitAsync("race", new Storage.TurnCommit(a!.State with { Seq = a.State.Seq + 1 }, a.ETag, appended, [], []), CancellationToken.None);

        await Assert.ThrowsAsync<Storage.ConcurrencyConflictException>(() =>
            store.CommitAsync("race", new Storage.TurnCommit(b!.State with { Seq = b.State.Seq + 1, CustomStatus = "\"lost\"" }, b.ETag, appended, [], []), CancellationToken.None));
        var after = await store.LoadAsync("race", CancellationToken.None);
        Assert.Null(after!.State.CustomStatus);
        Assert.Equal(a.History.Count + 1, after.History.Count);
    }

    private void Register(DurableTaskRegistry r) => r
        .AddActivityFunc<int, int>("Side", (ctx, i) =>
        {
            _sideEffects.AddOrUpdate(ctx.IdempotencyKey, 1, (_, n) => n + 1);
            return i;
        })
        .AddOrchestratorFunc<int, int>("Checkpointed", async (ctx, _) =>
        {
            int a = await ctx.CallActivityAsync<int>("Side", 1);
            int b = await ctx.CallActivityAsync<int>("Side", 2);
            int go = await ctx.WaitForExternalEvent<int>("go");
            await ctx.CreateTimer(TimeSpan.FromMilliseconds(200), CancellationToken.None);
            await ctx.CreateTimer(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            int c = await ctx.CallActivityAsync<int>("Side", 3);
            return a + b + go + c;
        });

    private static async Task AssertEachStepOnceAsync(EngineHarness engine, string id)
    {
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Equal(3, history.Count(e => e.EventType == "TaskScheduled"));
        Assert.Equal(3, history.Count(e => e.EventType == "TaskCompleted"));
        Assert.Single(history, e => e.EventType == "EventRaised");
        Assert.Equal(2, history.Count(e => e.EventType == "TimerCreated"));
        Assert.Equal(2, history.Count(e => e.EventType == "TimerFired"));
        Assert.Single(history, e => e.EventType == "ExecutionStarted");
        Assert.Single(history, e => e.EventType == "ExecutionCompleted");
    }

    private static async Task AssertOutboxDrainsAsync(EngineHarness engine, string id)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            int rows = 0;
            await foreach (var row in engine.Hub.Storage.Instances.QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: cts.Token))
            {
                rows += row.RowKey.StartsWith("o|", StringComparison.Ordinal) ? 1 : 0;
            }

            if (rows == 0)
            {
                return;
            }

            await Task.Delay(100, cts.Token);
        }
    }
}
