using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>ContinueAsNew, sub-orchestrations and retries: the building blocks of eternal meeting cycles.</summary>
public sealed class CompositionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ContinueAsNew_restarts_with_a_fresh_history_and_new_input()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<int, int>("Inc", (_, i) => i + 1)
            .AddOrchestratorFunc<int, int>("Counter", async (ctx, n) =>
            {
                int next = await ctx.CallActivityAsync<int>("Inc", n);
                if (next < 10)
                {
                    ctx.ContinueAsNew(next);
                    return -1;
                }

                return next;
            }));

        var result = await engine.RunAsync("Counter", 0);

        Assert.Equal(10, result.ReadOutputAs<int>());
        var history = await engine.Client.GetInstanceHistoryAsync(result.InstanceId);
        Assert.Single(history, e => e.EventType == "ExecutionStarted");
        Assert.Single(history, e => e.EventType == "TaskScheduled");
        Assert.Equal(9, result.ReadInputAs<int>());
        Assert.Equal(1, await CountHistoryRowsAsync(engine, result.InstanceId, distinctExecutions: true));
    }

    [Fact]
    public async Task ContinueAsNew_keeps_events_that_were_not_yet_processed()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<int, int>("Eternal", async (ctx, total) =>
            {
                int value = await ctx.WaitForExternalEvent<int>("add");
                total += value;
                if (value != 0)
                {
                    ctx.ContinueAsNew(total);
                }

                return total;
            }));
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Eternal", 0);

        // Raised in a burst: several land in one turn, the rest must survive the restart.
        foreach (int value in new[] { 1, 2, 3, 4, 0 })
        {
            await engine.Client.RaiseEventAsync(id, "add", value);
        }

        Assert.Equal(10, (await engine.WaitAsync(id)).ReadOutputAs<int>());
    }

    [Fact]
    public async Task Sub_orchestration_result_and_failure_reach_the_parent()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<int, int>("Double", (_, i) => i * 2)
            .AddOrchestratorFunc<int, int>("Child", async (ctx, i) =>
            {
                if (i < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(i), "negatief");
                }

                return await ctx.CallActivityAsync<int>("Double", i);
            })
            .AddOrchestratorFunc<int, string>("Parent", async (ctx, i) =>
            {
                int ok = await ctx.CallSubOrchestratorAsync<int>("Child", i, new SubOrchestrationOptions(InstanceId: ctx.InstanceId + "-child"));
                try
                {
                    await ctx.CallSubOrchestratorAsync<int>("Child", -1);
                    return "unreachable";
                }
                catch (TaskFailedException e)
                {
                    return $"{ok} / {e.FailureDetails.ErrorType}";
                }
            }));

        var result = await engine.RunAsync("Parent", 21, instanceId: "ouder");

        Assert.Equal("42 / System.ArgumentOutOfRangeException", result.ReadOutputAs<string>());
        var child = await engine.Client.GetInstanceAsync("ouder-child", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
        Assert.Equal(42, child.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Activity_retry_policy_retries_with_durable_backoff_and_a_stable_idempotency_key()
    {
        var keys = new System.Collections.Concurrent.ConcurrentBag<string>();
        int calls = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Flaky", (ctx, _) =>
            {
                keys.Add(ctx.IdempotencyKey);
                return Interlocked.Increment(ref calls) < 3 ? throw new TimeoutException("graph 503") : "gelukt";
            })
            .AddOrchestratorFunc<string, string>("Retries", (ctx, _) => ctx.CallActivityAsync<string>(
                "Flaky",
                options: TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromMilliseconds(100), backoffCoefficient: 2)))));

        var result = await engine.RunAsync("Retries");

        Assert.Equal("gelukt", result.ReadOutputAs<string>());
        Assert.Equal(3, calls);
        Assert.Single(keys.Distinct());
        var history = await engine.Client.GetInstanceHistoryAsync(result.InstanceId);
        Assert.Equal(2, history.Count(e => e.EventType == "TimerCreated"));
    }

    [Fact]
    public async Task Retry_policy_gives_up_after_max_attempts_and_honours_its_filter()
    {
        int calls = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Forbidden", (_, _) =>
            {
                Interlocked.Increment(ref calls);
                return Task.FromException<string>(new UnauthorizedAccessException("403"));
            })
            .AddOrchestratorFunc<string, string>("NoRetry", (ctx, _) => ctx.CallActivityAsync<string>(
                "Forbidden",
                options: TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromMilliseconds(50))
                {
                    HandleFailure = f => !f.IsCausedBy<UnauthorizedAccessException>(),
                }))));

        var result = await engine.RunAsync("NoRetry");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(1, calls);
    }

    private static async Task<int> CountHistoryRowsAsync(EngineHarness engine, string instanceId, bool distinctExecutions)
    {
        var rows = new List<string>();
        await foreach (var row in engine.Hub.Storage.Instances.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == instanceId))
        {
            if (row.RowKey.StartsWith("h|", StringComparison.Ordinal))
            {
                rows.Add(row.RowKey.Split('|')[1]);
            }
        }

        return distinctExecutions ? rows.Distinct().Count() : rows.Count;
    }
}
