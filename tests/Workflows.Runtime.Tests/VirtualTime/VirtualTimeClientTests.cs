using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Tests.VirtualTime;

public sealed class VirtualTimeClientTests
{
    [Fact]
    public async Task An_event_raised_before_the_orchestrator_waits_for_it_is_buffered()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(DelayThenApproval), "Hans", h.Token);
        await h.DrainAsync();

        await h.Client.RaiseEventAsync(id, "approval", "early", h.Token);
        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.InstanceAsync(id)).RuntimeStatus);

        await h.RunUntilAsync(Harness.Start.AddDays(2));
        Assert.Equal("Hans:early@2026-09-02", (await h.InstanceAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_event_for_an_unknown_instance_is_dropped()
    {
        await using var h = await Harness.StartAsync();

        await h.Client.RaiseEventAsync("nobody", "approval", "yes", h.Token);
        await h.DrainAsync();

        Assert.Null(await h.Client.GetInstanceAsync("nobody", h.Token));
    }

    [Fact]
    public async Task A_suspended_instance_holds_events_until_it_is_resumed()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Ilse", h.Token);
        await h.DrainAsync();

        await h.Client.SuspendInstanceAsync(id, "holiday", h.Token);
        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await h.InstanceAsync(id)).RuntimeStatus);

        await h.Client.RaiseEventAsync(id, "approval", "while away", h.Token);
        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await h.InstanceAsync(id)).RuntimeStatus);

        await h.Client.ResumeInstanceAsync(id, "back", h.Token);
        await h.DrainAsync();
        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Ilse:while away", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminate_ends_a_running_instance_with_the_given_output()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Jan", h.Token);
        await h.DrainAsync();

        await h.Client.TerminateInstanceAsync(id, "no longer needed", h.Token);
        await h.DrainAsync();

        var ended = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, ended.RuntimeStatus);
        Assert.Equal("no longer needed", ended.ReadOutputAs<string>());
        var history = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        Assert.Single(history.OfType<ExecutionTerminatedEvent>());
    }

    [Fact]
    public async Task Continue_as_new_starts_a_new_execution_with_a_fresh_history_and_the_new_input()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CountDays), 0, h.Token);
        await h.DrainAsync();
        string firstExecution = Started(await h.Client.GetOrchestrationHistoryAsync(id, h.Token)).OrchestrationInstance.ExecutionId;

        await h.RunUntilAsync(Harness.Start.AddDays(1));
        var second = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        Assert.NotEqual(firstExecution, Started(second).OrchestrationInstance.ExecutionId);
        Assert.Equal("1", Started(second).Input);
        Assert.Single(second.OfType<ExecutionStartedEvent>());
        Assert.Equal(Harness.Start.AddDays(1), (await h.InstanceAsync(id)).CreatedAt);

        await h.RunUntilAsync(Harness.Start.AddDays(5));
        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
        Assert.Equal(3, done.ReadInputAs<int>());
        var last = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        Assert.IsType<OrchestratorStartedEvent>(last[0]);
        Assert.IsType<ExecutionStartedEvent>(last[1]);
        Assert.Empty(last.OfType<TimerCreatedEvent>());
        Assert.IsType<ExecutionCompletedEvent>(last.Last(e => e is not OrchestratorCompletedEvent));

        static ExecutionStartedEvent Started(IList<HistoryEvent> history) => history.OfType<ExecutionStartedEvent>().Single();
    }

    [Fact]
    public async Task Continue_as_new_keeps_events_the_execution_did_not_take()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CountTicks), 0, h.Token);
        await h.Client.RaiseEventAsync(id, "tick", 1, h.Token);
        await h.Client.RaiseEventAsync(id, "tick", 2, h.Token);

        await h.DrainAsync();

        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(2, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Scheduling_a_running_instance_id_is_refused_and_a_finished_one_starts_over()
    {
        await using var h = await Harness.StartAsync();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Kees", new StartOrchestrationOptions("cycle"), h.Token);
        await h.DrainAsync();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "again", new StartOrchestrationOptions("cycle"), h.Token));

        await h.Client.RaiseEventAsync("cycle", "approval", "ok", h.Token);
        await h.DrainAsync();
        h.Clock.Advance(TimeSpan.FromDays(1));
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Lies", new StartOrchestrationOptions("cycle"), h.Token);
        await h.DrainAsync();

        var restarted = await h.InstanceAsync("cycle");
        Assert.Equal(nameof(GreetOne), restarted.Name);
        Assert.Equal("Hello Lies", restarted.ReadOutputAs<string>());
        Assert.Equal(Harness.Start.AddDays(1), restarted.CreatedAt);
        var history = await h.Client.GetOrchestrationHistoryAsync("cycle", h.Token);
        Assert.Equal("\"Lies\"", history.OfType<ExecutionStartedEvent>().Single().Input);
    }

    [Fact]
    public async Task A_start_at_a_later_virtual_time_stays_pending_until_then()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(GreetOne), "Mila", new StartOrchestrationOptions("later", Harness.Start.AddDays(3)), h.Token);
        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.InstanceAsync(id)).RuntimeStatus);
        Assert.Equal(Harness.Start.AddDays(3), h.Runtime.NextTimerDue);

        await h.RunUntilAsync(Harness.Start.AddDays(4));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.InstanceAsync(id)).RuntimeStatus);
        Assert.Equal(Harness.Start.AddDays(3), h.Log.Calls.Single().At);
    }

    [Fact]
    public async Task Waiting_for_start_and_completion_returns_when_the_runtime_gets_there()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 10, h.Token);
        var completion = h.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, h.Token);

        var started = await h.Client.WaitForInstanceStartAsync(id, h.Token);
        Assert.NotEqual(OrchestrationRuntimeStatus.Pending, started.RuntimeStatus);
        Assert.False(completion.IsCompleted);

        await h.RunUntilAsync(Harness.Start.AddDays(11));
        var done = await completion;
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Harness.Start.AddDays(10), done.LastUpdatedAt);
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.WaitForInstanceCompletionAsync("nobody", h.Token));
    }

    [Fact]
    public async Task A_wait_ends_when_its_token_is_cancelled()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Ruud", h.Token);
        using var cancel = new CancellationTokenSource();

        var wait = h.Client.WaitForInstanceCompletionAsync(id, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task Queries_filter_by_prefix_status_and_creation_time_in_pages()
    {
        await using var h = await Harness.StartAsync();
        for (int i = 1; i <= 5; i++)
        {
            string orchestrator = i % 2 == 0 ? nameof(GreetOne) : nameof(WaitForApproval);
            await h.Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, $"p{i}", new StartOrchestrationOptions($"q-{i}"), h.Token);
            h.Clock.Advance(TimeSpan.FromHours(1));
        }

        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "other", new StartOrchestrationOptions("other-1"), h.Token);
        await h.DrainAsync();

        var all = await ToListAsync(h.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "q-", PageSize = 2 }));
        Assert.Equal(["q-1", "q-2", "q-3", "q-4", "q-5"], all.Select(i => i.InstanceId));

        var pages = new List<int>();
        await foreach (var page in h.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "q-", PageSize = 2 }).AsPages())
        {
            pages.Add(page.Values.Count);
        }

        Assert.Equal([2, 2, 1], pages);

        var running = await ToListAsync(h.Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Running],
            FetchInputsAndOutputs = true,
        }));
        Assert.Equal(["q-1", "q-3", "q-5"], running.Select(i => i.InstanceId));
        Assert.Equal("\"waiting\"", running[0].SerializedCustomStatus);
        Assert.Equal("p1", running[0].ReadInputAs<string>());

        var late = await ToListAsync(h.Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            CreatedFrom = Harness.Start.AddHours(3),
            CreatedTo = Harness.Start.AddHours(4),
        }));
        Assert.Equal(["q-4", "q-5"], late.Select(i => i.InstanceId));
        Assert.Null(late[0].SerializedInput);

        Page<OrchestrationMetadata>? firstPage = null;
        await foreach (var page in h.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 4 }).AsPages())
        {
            firstPage = page;
            break;
        }

        var rest = await ToListAsync(h.Client.GetAllInstancesAsync(new OrchestrationQuery { ContinuationToken = firstPage!.ContinuationToken }));
        Assert.Equal(["q-4", "q-5"], rest.Select(i => i.InstanceId));

        var elsewhere = await ToListAsync(h.Client.GetAllInstancesAsync(new OrchestrationQuery { TaskHubNames = ["AnotherHub"] }));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Purge_removes_finished_instances_only()
    {
        await using var h = await Harness.StartAsync();
        string done = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Nina", h.Token);
        string waiting = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Otto", h.Token);
        await h.DrainAsync();

        Assert.Equal(1, (await h.Client.PurgeInstanceAsync(done, h.Token)).PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(done, h.Token));
        Assert.Equal(0, (await h.Client.PurgeInstanceAsync("nobody", h.Token)).PurgedInstanceCount);
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.PurgeInstanceAsync(waiting, h.Token));
        Assert.NotNull(await h.Client.GetInstanceAsync(waiting, h.Token));

        await h.Client.TerminateInstanceAsync(waiting, cancellation: h.Token);
        await h.DrainAsync();
        var purged = await h.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(Statuses: [OrchestrationRuntimeStatus.Terminated]), h.Token);
        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(waiting, h.Token));
    }

    [Fact]
    public async Task History_is_the_current_execution_oldest_first_with_virtual_timestamps()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(DelayThenApproval), "Piet", h.Token);
        await h.RunUntilAsync(Harness.Start.AddDays(1).AddHours(1));
        await h.Client.RaiseEventAsync(id, "approval", "fine", h.Token);
        await h.DrainAsync();

        var history = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);

        Assert.Equal(
            [
                EventType.OrchestratorStarted, EventType.ExecutionStarted, EventType.TimerCreated, EventType.OrchestratorCompleted,
                EventType.OrchestratorStarted, EventType.TimerFired, EventType.OrchestratorCompleted,
                EventType.OrchestratorStarted, EventType.EventRaised, EventType.ExecutionCompleted, EventType.OrchestratorCompleted,
            ],
            history.Select(e => e.EventType));
        var turns = history.OfType<OrchestratorStartedEvent>().Select(e => e.Timestamp).ToList();
        Assert.Equal([Harness.Start.UtcDateTime, Harness.Start.AddDays(1).UtcDateTime, Harness.Start.AddDays(1).AddHours(1).UtcDateTime], turns);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetOrchestrationHistoryAsync("nobody", h.Token));
    }

    private static async Task<List<OrchestrationMetadata>> ToListAsync(AsyncPageable<OrchestrationMetadata> pageable)
    {
        var list = new List<OrchestrationMetadata>();
        await foreach (var item in pageable)
        {
            list.Add(item);
        }

        return list;
    }
}
