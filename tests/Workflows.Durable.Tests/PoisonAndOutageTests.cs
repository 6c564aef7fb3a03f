using Azure.Storage.Queues;
using Workflows.DevStorage;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>Messages that can never succeed, and a storage account that goes away mid-run.</summary>
public sealed class PoisonAndOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Message_that_keeps_failing_fails_its_instance_with_the_reason_after_max_attempts()
    {
        int attempts = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestrator("Misconfigured", _ =>
            {
                // A dependency that cannot be built: every turn throws before the orchestrator runs.
                Interlocked.Increment(ref attempts);
                throw new InvalidOperationException("Graph client not configured");
            }), configure: o =>
            {
                o.MaxDequeueCount = 3;

                // Keep the sweeper from re-sending the start row meanwhile, so one message is counted.
                o.OutboxLease = TimeSpan.FromMinutes(5);
            });

        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Misconfigured");
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(30));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal("PoisonMessage", result.FailureDetails!.ErrorType);
        Assert.Equal(3, attempts);
        var control = engine.Hub.Storage.ControlQueue;
        Assert.Equal(0, (await control.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Push_mode_work_item_on_its_last_delivery_fails_the_call_instead_of_running_again()
    {
        int runs = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Crashy", (_, _) =>
            {
                Interlocked.Increment(ref runs);
                return "ran";
            })
            .AddOrchestratorFunc<string, string>("CallsCrashy", async (ctx, _) =>
            {
                try
                {
                    return await ctx.CallActivityAsync<string>("Crashy");
                }
                catch (TaskFailedException e)
                {
                    return e.FailureDetails.ErrorType;
                }
            }), startWorker: false);
        var worker = engine.Hub.CreateWorker(engine.Registry, EngineHarness.FastOptions());
        await using var _ = worker;
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("CallsCrashy");

        // Play the Functions host: the work item arrives on its fifth delivery (the four before killed the host).
        for (int round = 0; round < 10 && !(await engine.Client.GetInstanceAsync(id))!.IsCompleted; round++)
        {
            foreach (var queue in new[] { engine.Hub.Storage.ControlQueue, engine.Hub.Storage.WorkQueue })
            {
                if ((await queue.ReceiveMessageAsync()).Value is { } message)
                {
                    long deliveries = queue == engine.Hub.Storage.WorkQueue ? 5 : message.DequeueCount;
                    await worker.ProcessMessageAsync(message.Body.ToString(), deliveries);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
            }
        }

        var result = await engine.Client.GetInstanceAsync(id, true);
        Assert.Equal("PoisonMessage", result!.ReadOutputAs<string>());
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task Unreadable_message_is_moved_to_the_poison_queue_not_dropped()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, _ => { });

        await engine.Hub.Storage.ControlQueue.SendMessageAsync("{ this is not an engine message");
        var poison = engine.Hub.Storage.PoisonQueue;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Azure.Storage.Queues.Models.PeekedMessage? kept = null;
        while (kept is null)
        {
            kept = (await poison.PeekMessagesAsync(1, cts.Token)).Value.FirstOrDefault();
            await Task.Delay(50, cts.Token);
        }

        Assert.Contains("this is not an engine message", kept.Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await engine.Hub.Storage.ControlQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Azurite_restarted_mid_run_with_persistence_resumes_every_instance()
    {
        string location = Path.Combine(Path.GetTempPath(), "wf-azurite-" + Guid.NewGuid().ToString("N"));
        var first = await AzuriteProcess.StartAsync(new AzuriteOptions { Location = location });
        var options = new AzuriteOptions { Location = location, BlobPort = first.BlobPort, QueuePort = first.QueuePort, TablePort = first.TablePort };
        AzuriteProcess current = first;
        try
        {
            var hub = await DurableTaskHub.CreateAsync(first.ConnectionString, EngineHarness.UniqueHubName());
            int calls = 0;
            var registry = new DurableTaskRegistry()
                .AddActivityFunc<int, int>("Slow", async (_, i) =>
                {
                    Interlocked.Increment(ref calls);
                    await Task.Delay(40);
                    return i;
                })
                .AddOrchestratorFunc<int, int>("Long", async (ctx, n) =>
                {
                    int sum = 0;
                    for (int i = 1; i <= n; i++)
                    {
                        sum += await ctx.CallActivityAsync<int>("Slow", i);
                    }

                    return sum + await ctx.WaitForExternalEvent<int>("bonus");
                });
            await using var worker = hub.CreateWorker(registry, EngineHarness.FastOptions());
            await worker.StartAsync(CancellationToken.None);
            var client = hub.CreateClient();
            string id = await client.ScheduleNewOrchestrationInstanceAsync("Long", 30);
            while (Volatile.Read(ref calls) < 8)
            {
                await Task.Delay(10);
            }

            await current.StopAsync();
            await Task.Delay(1500);
            current = await AzuriteProcess.StartAsync(options);
            await client.RaiseEventAsync(id, "bonus", 1000);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var result = await client.WaitForInstanceCompletionAsync(id, true, cts.Token);

            Assert.Equal(Enumerable.Range(1, 30).Sum() + 1000, result.ReadOutputAs<int>());
            var history = await client.GetInstanceHistoryAsync(id);
            Assert.Equal(30, history.Count(e => e.EventType == "TaskCompleted"));
            Assert.Equal(30, history.Count(e => e.EventType == "TaskScheduled"));
        }
        finally
        {
            await current.StopAsync();
            Directory.Delete(location, recursive: true);
        }
    }
}
