using Workflows.Testing;

namespace Workflows.Durable.Tests;

public sealed class LifecycleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestratorFunc<int, int>("Sum", async (ctx, count) =>
        {
            int sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += await ctx.WaitForExternalEvent<int>("n");
            }

            return sum;
        });

    [Fact]
    public async Task Terminate_ends_a_running_instance_with_the_reason_as_output()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 3);
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await engine.Client.TerminateInstanceAsync(id, "reeks opgeheven");
        var result = await engine.WaitAsync(id);
        await engine.Client.RaiseEventAsync(id, "n", 1);
        await Task.Delay(300);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("reeks opgeheven", result.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await engine.Client.GetInstanceAsync(id))!.RuntimeStatus);
    }

    [Fact]
    public async Task Suspended_instance_holds_its_events_until_resumed()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 2);
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await engine.Client.SuspendInstanceAsync(id, "vakantie");
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await engine.Client.RaiseEventAsync(id, "n", 20);
        await engine.Client.RaiseEventAsync(id, "n", 22);
        await Task.Delay(500);
        var held = await engine.Client.GetInstanceAsync(id);
        await engine.Client.ResumeInstanceAsync(id);
        var result = await engine.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Suspended, held!.RuntimeStatus);
        Assert.Equal(42, result.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Purge_removes_a_finished_instance_and_refuses_a_running_one()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string running = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 1);
        var done = await engine.RunAsync("Sum", 0);
        await engine.WaitUntilAsync(running, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var purged = await engine.Client.PurgeInstanceAsync(done.InstanceId);
        var again = await engine.Client.PurgeInstanceAsync(done.InstanceId);

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Equal(0, again.PurgedInstanceCount);
        Assert.Null(await engine.Client.GetInstanceAsync(done.InstanceId));
        Assert.Empty(await engine.Client.GetInstanceHistoryAsync(done.InstanceId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Client.PurgeInstanceAsync(running));
    }

    [Fact]
    public async Task Starting_an_id_that_is_still_running_is_refused_but_a_finished_one_can_start_again()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 1, new StartOrchestrationOptions("directieberaad"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 1, new StartOrchestrationOptions(id)));
        await engine.Client.RaiseEventAsync(id, "n", 5);
        Assert.Equal(5, (await engine.WaitAsync(id)).ReadOutputAs<int>());

        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 1, new StartOrchestrationOptions(id));
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await engine.Client.RaiseEventAsync(id, "n", 7);
        Assert.Equal(7, (await engine.WaitAsync(id)).ReadOutputAs<int>());
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Single(history, e => e.EventType == "ExecutionStarted");
    }

    [Fact]
    public async Task Queries_filter_by_status_prefix_and_creation_time_and_page()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, Register, clock);
        for (int i = 0; i < 5; i++)
        {
            await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 0, new StartOrchestrationOptions($"school-{i}"));
        }

        clock.Advance(TimeSpan.FromDays(1));
        for (int i = 0; i < 3; i++)
        {
            await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sum", 1, new StartOrchestrationOptions($"mbo-{i}"));
        }

        foreach (string id in Enumerable.Range(0, 5).Select(i => $"school-{i}"))
        {
            await engine.WaitAsync(id);
        }

        foreach (string id in Enumerable.Range(0, 3).Select(i => $"mbo-{i}"))
        {
            await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        }

        var completed = await ListAsync(engine, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] });
        var mbo = await ListAsync(engine, new OrchestrationQuery { InstanceIdPrefix = "mbo-" });
        var recent = await ListAsync(engine, new OrchestrationQuery { CreatedFrom = clock.GetUtcNow().AddHours(-1) });
        var pages = new List<int>();
        await foreach (var page in engine.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 3 }).AsPages())
        {
            pages.Add(page.Values.Count);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"school-{i}"), completed.Order());
        Assert.Equal(["mbo-0", "mbo-1", "mbo-2"], mbo.Order());
        Assert.Equal(["mbo-0", "mbo-1", "mbo-2"], recent.Order());
        Assert.Equal(8, pages.Sum());
        Assert.All(pages, n => Assert.InRange(n, 0, 3));
    }

    private static async Task<List<string>> ListAsync(EngineHarness engine, OrchestrationQuery query)
    {
        var ids = new List<string>();
        await foreach (var metadata in engine.Client.GetAllInstancesAsync(query))
        {
            ids.Add(metadata.InstanceId);
        }

        return ids;
    }
}
