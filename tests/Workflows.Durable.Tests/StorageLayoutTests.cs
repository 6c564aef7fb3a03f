using Azure.Data.Tables;
using Azure.Storage.Queues;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>Where the engine puts things in the account: partitions, blobs for large payloads, hubs side by side.</summary>
public sealed class StorageLayoutTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Payloads_over_45_KB_travel_through_blobs_and_arrive_intact()
    {
        string big = string.Concat(Enumerable.Range(0, 12_000).Select(i => $"{i:D5}|"));
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Echo", (_, s) => s + "!")
            .AddOrchestratorFunc<string, string>("Big", async (ctx, input) =>
            {
                string echoed = await ctx.CallActivityAsync<string>("Echo", input);
                string raised = await ctx.WaitForExternalEvent<string>("big");
                return $"{echoed.Length}:{raised.Length}:{echoed == input + "!"}:{raised == input}";
            }), configure: o => o.RunActivitiesLocally = false);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Big", big);

        await engine.Client.RaiseEventAsync(id, "big", big);
        var result = await engine.WaitAsync(id);

        Assert.True(big.Length > 45 * 1024);
        Assert.Equal($"{big.Length + 1}:{big.Length}:True:True", result.ReadOutputAs<string>());
        Assert.Equal(big, result.ReadInputAs<string>());
        int blobs = 0;
        await foreach (var _ in engine.Hub.Storage.Payloads.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, CancellationToken.None))
        {
            blobs++;
        }

        Assert.True(blobs >= 3, $"expected input, work item and event in blobs, found {blobs}");
    }

    [Fact]
    public async Task Turn_too_large_for_one_transaction_commits_through_blobs_and_replays()
    {
        // 120 inputs of 15,000 characters: 1.8 million characters in one turn, over the 4 MiB transaction limit.
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, int>("Measure", (_, s) => s.Length)
            .AddOrchestratorFunc<int, int>("WideAndHeavy", async (ctx, n) =>
            {
                var tasks = Enumerable.Range(0, n).Select(i => ctx.CallActivityAsync<int>("Measure", new string((char)('a' + (i % 26)), 15_000)));
                return (await Task.WhenAll(tasks)).Sum();
            }));

        var result = await engine.RunAsync("WideAndHeavy", 120);

        Assert.Equal(120 * 15_000, result.ReadOutputAs<int>());
        bool historyInBlob = false;
        await foreach (var row in engine.Hub.Storage.Instances.QueryAsync<TableEntity>(e => e.PartitionKey == result.InstanceId))
        {
            historyInBlob |= row.RowKey.StartsWith("h|", StringComparison.Ordinal) && row.ContainsKey("Blob");
        }

        Assert.True(historyInBlob);
        Assert.Equal(120, (await engine.Client.GetInstanceHistoryAsync(result.InstanceId)).Count(e => e.EventType == "TaskCompleted"));
    }

    [Fact]
    public async Task State_and_history_of_an_instance_share_one_partition()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<int, int>("Inc", (_, i) => i + 1)
            .AddOrchestratorFunc<int, int>("Two", async (ctx, i) => await ctx.CallActivityAsync<int>("Inc", await ctx.CallActivityAsync<int>("Inc", i))));

        var result = await engine.RunAsync("Two", 1, instanceId: "vmbo-element");

        var keys = new List<(string Pk, string Rk)>();
        await foreach (var row in engine.Hub.Storage.Instances.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        Assert.Equal(3, result.ReadOutputAs<int>());
        Assert.All(keys, k => Assert.Equal("vmbo-element", k.Pk));
        Assert.Contains(keys, k => k.Rk == "!state");
        Assert.Contains(keys, k => k.Rk.StartsWith("h|", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Rk.StartsWith("o|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_hubs_on_one_account_do_not_see_each_other()
    {
        await using var first = await EngineHarness.StartAsync(azurite, r => r.AddOrchestratorFunc<string, string>("Who", (_, _) => Task.FromResult("eerste")));
        await using var second = await EngineHarness.StartAsync(azurite, r => r.AddOrchestratorFunc<string, string>("Who", (_, _) => Task.FromResult("tweede")));

        var a = await first.RunAsync("Who", instanceId: "same-id");
        var b = await second.RunAsync("Who", instanceId: "same-id");

        Assert.Equal("eerste", a.ReadOutputAs<string>());
        Assert.Equal("tweede", b.ReadOutputAs<string>());
        Assert.Equal("eerste", (await first.Client.GetInstanceAsync("same-id", true))!.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Hub_names_that_storage_cannot_hold_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => DurableTaskHub.CreateAsync(azurite.ConnectionString, "my-hub"));
        await Assert.ThrowsAsync<ArgumentException>(() => DurableTaskHub.CreateAsync(azurite.ConnectionString, "1hub"));
    }

    [Fact]
    public async Task Push_mode_processes_exactly_the_message_handed_in_including_double_encoded_text()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<int, int>("Inc", (_, i) => i + 1)
            .AddOrchestratorFunc<int, int>("Pushed", async (ctx, i) => await ctx.CallActivityAsync<int>("Inc", i)), startWorker: false);
        var worker = engine.Hub.CreateWorker(engine.Registry, EngineHarness.FastOptions());
        await using var _ = worker;
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Pushed", 41);

        // The Functions host hands over one message per invocation; play that host here.
        int handled = 0;
        for (int round = 0; round < 20 && !(await engine.Client.GetInstanceAsync(id))!.IsCompleted; round++)
        {
            foreach (var queue in new[] { engine.Hub.Storage.ControlQueue, engine.Hub.Storage.WorkQueue })
            {
                var message = (await queue.ReceiveMessageAsync()).Value;
                if (message is null)
                {
                    continue;
                }

                string text = handled % 2 == 0 ? System.Text.Json.JsonSerializer.Serialize(message.Body.ToString()) : message.Body.ToString();
                await worker.ProcessMessageAsync(text, message.DequeueCount);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                handled++;
            }
        }

        var result = await engine.Client.GetInstanceAsync(id, true);
        Assert.Equal(42, result!.ReadOutputAs<int>());
        Assert.Equal(3, handled);
        Assert.Equal(0, await CountAsync(engine.Hub.Storage.ControlQueue) + await CountAsync(engine.Hub.Storage.WorkQueue));
    }

    private static async Task<int> CountAsync(QueueClient queue) => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
}
