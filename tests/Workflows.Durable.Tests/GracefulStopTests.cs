using Workflows.Testing;

namespace Workflows.Durable.Tests;

public sealed class GracefulStopTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Stopping_mid_chain_hands_the_next_step_to_the_queue_and_another_worker_finishes()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<int, int>("Step", async (_, i) =>
            {
                await Task.Delay(5);
                return i;
            })
            .AddOrchestratorFunc<int, int>("LongChain", async (ctx, n) =>
            {
                int sum = 0;
                for (int i = 1; i <= n; i++)
                {
                    sum += await ctx.CallActivityAsync<int>("Step", i);
                }

                return sum;
            }), startWorker: false);
        var first = await engine.StartWorkerAsync();
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("LongChain", 400);
        await engine.WaitForHistoryAsync(id, h => h.Count(e => e.EventType == "TaskCompleted") >= 20);

        await first.StopAsync(CancellationToken.None);
        var afterStop = await engine.Client.GetInstanceAsync(id);
        int queued = (await engine.Hub.Storage.WorkQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        await engine.StartWorkerAsync();
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(OrchestrationRuntimeStatus.Running, afterStop!.RuntimeStatus);
        Assert.Equal(1, queued);
        Assert.Equal(Enumerable.Range(1, 400).Sum(), result.ReadOutputAs<int>());
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Equal(400, history.Count(e => e.EventType == "TaskCompleted"));
    }
}
