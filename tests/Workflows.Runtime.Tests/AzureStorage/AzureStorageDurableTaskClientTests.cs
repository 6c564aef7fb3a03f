using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Testing;
using Xunit.Abstractions;

namespace Workflows.Runtime.Tests.AzureStorage;

[Collection("azurite")]
public sealed class AzureStorageDurableTaskClientTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task An_unknown_instance_is_null_and_has_no_history()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        Assert.Null(await hub.Client.GetInstanceAsync("nobody", getInputsAndOutputs: true, hub.Timeout));
        await Assert.ThrowsAsync<ArgumentException>(
            () => hub.Client.GetOrchestrationHistoryAsync("nobody", hub.Timeout));
        Assert.Equal(0, (await hub.Client.PurgeInstanceAsync("nobody", hub.Timeout)).PurgedInstanceCount);
    }

    [Fact]
    public async Task Scheduling_without_an_id_gives_a_guid_and_keeps_the_tags()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var options = new StartOrchestrationOptions
        {
            Tags = new Dictionary<string, string> { ["partnership"] = "p1" },
        };

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), "t", options, hub.Timeout);
        var done = await hub.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, hub.Timeout);

        Assert.True(Guid.TryParseExact(id, "N", out _));
        Assert.Equal("p1", done.Tags["partnership"]);
    }

    [Fact]
    public async Task History_lists_the_current_executions_events_oldest_first()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var done = await hub.RunAsync(nameof(Chain), "h");

        var history = await hub.Client.GetOrchestrationHistoryAsync(done.InstanceId, hub.Timeout);

        Assert.IsType<OrchestratorStartedEvent>(history[0]);
        var started = Assert.IsType<ExecutionStartedEvent>(history[1]);
        Assert.Equal(nameof(Chain), started.Name);
        Assert.Equal("\"h\"", started.Input);
        var completed = Assert.IsType<ExecutionCompletedEvent>(history[^2]);
        Assert.IsType<OrchestratorCompletedEvent>(history[^1]);
        Assert.Equal("\"h-a-b-c\"", completed.Result);
        // One episode per activity result: each starts, takes its new events and schedules what comes next.
        Assert.Equal(
            [
                EventType.OrchestratorStarted, EventType.ExecutionStarted, EventType.TaskScheduled,
                EventType.OrchestratorCompleted,
                EventType.OrchestratorStarted, EventType.TaskCompleted, EventType.TaskScheduled,
                EventType.OrchestratorCompleted,
                EventType.OrchestratorStarted, EventType.TaskCompleted, EventType.TaskScheduled,
                EventType.OrchestratorCompleted,
                EventType.OrchestratorStarted, EventType.TaskCompleted, EventType.ExecutionCompleted,
                EventType.OrchestratorCompleted,
            ],
            history.Select(e => e.EventType));
        var tasks = history.Where(e => e is TaskScheduledEvent or TaskCompletedEvent).ToList();
        Assert.All(tasks.OfType<TaskScheduledEvent>(), e => Assert.Equal(nameof(Append), e.Name));
        var results = tasks.OfType<TaskCompletedEvent>().Select(e => e.Result);
        Assert.Equal(["\"h-a\"", "\"h-a-b\"", "\"h-a-b-c\""], results);
        Assert.All(history, e => Assert.Equal(DateTimeKind.Utc, e.Timestamp.Kind));
    }

    [Fact]
    public async Task Query_filters_by_status_and_instance_id_prefix()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        await Task.WhenAll(
            hub.RunAsync(nameof(Chain), "1", instanceId: "done-1"),
            hub.RunAsync(nameof(Chain), "2", instanceId: "done-2"),
            hub.RunAsync(nameof(Chain), "3", instanceId: "other-1"),
            hub.StartRunningAsync(nameof(AwaitApproval), "w", instanceId: "wait-1"));

        var running = await ListAsync(hub, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running] });
        var prefixed = await ListAsync(hub, new OrchestrationQuery { InstanceIdPrefix = "done-" });
        var both = await ListAsync(hub, new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Completed],
            InstanceIdPrefix = "other-",
            FetchInputsAndOutputs = true,
        });

        Assert.Equal(["wait-1"], running.Select(m => m.InstanceId));
        Assert.Equal(["done-1", "done-2"], prefixed.Select(m => m.InstanceId).Order());
        var other = Assert.Single(both);
        Assert.Equal("3-a-b-c", other.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Query_filters_by_created_time()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var early = await hub.RunAsync(nameof(Chain), "e", instanceId: "early");
        var late = await hub.RunAsync(nameof(Chain), "l", instanceId: "late");

        // Azurite compares times to the millisecond; a whole run lies between the two creations.
        var between = early.CreatedAt + ((late.CreatedAt - early.CreatedAt) / 2);
        var first = await ListAsync(hub, new OrchestrationQuery
        {
            CreatedFrom = early.CreatedAt.AddMinutes(-1),
            CreatedTo = between,
        });
        var second = await ListAsync(hub, new OrchestrationQuery { CreatedFrom = between });

        Assert.Equal(["early"], first.Select(m => m.InstanceId));
        Assert.Equal(["late"], second.Select(m => m.InstanceId));
    }

    [Fact]
    public async Task Query_pages_follow_the_page_size_and_continue_from_a_token()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        string[] ids = ["page-1", "page-2", "page-3", "page-4", "page-5"];
        foreach (var id in ids)
        {
            await hub.Client.ScheduleNewOrchestrationInstanceAsync(
                nameof(AwaitApproval), id, new StartOrchestrationOptions(id), hub.Timeout);
        }

        var query = new OrchestrationQuery { InstanceIdPrefix = "page-", PageSize = 2 };
        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in hub.Client.GetAllInstancesAsync(query).AsPages().WithCancellation(hub.Timeout))
        {
            pages.Add(page);
        }

        Assert.All(pages, p => Assert.True(p.Values.Count <= 2));
        Assert.True(pages.Count >= 3);
        Assert.Equal(ids, pages.SelectMany(p => p.Values).Select(m => m.InstanceId).Order());
        Assert.Null(pages[^1].ContinuationToken);

        var first = pages[0];
        Assert.NotNull(first.ContinuationToken);
        var rest = await ListAsync(hub, query with { ContinuationToken = first.ContinuationToken });
        Assert.Equal(
            ids.Except(first.Values.Select(m => m.InstanceId)),
            rest.Select(m => m.InstanceId).Order());
    }

    [Fact]
    public async Task Terminating_a_running_instance_ends_it_with_the_reason_as_output()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var id = await hub.StartRunningAsync(nameof(AwaitApproval), "t");

        await hub.Client.TerminateInstanceAsync(id, "no longer needed", hub.Timeout);
        var done = await hub.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, hub.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("no longer needed", done.ReadOutputAs<string>());
        var history = await hub.Client.GetOrchestrationHistoryAsync(id, hub.Timeout);
        Assert.Contains(history, e => e is ExecutionTerminatedEvent);
    }

    [Fact]
    public async Task A_suspended_instance_keeps_an_event_until_it_is_resumed()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var id = await hub.StartRunningAsync(nameof(AwaitApproval), "s");

        await hub.Client.SuspendInstanceAsync(id, "hold", hub.Timeout);
        await WaitForStatusAsync(hub, id, OrchestrationRuntimeStatus.Suspended);
        await hub.Client.RaiseEventAsync(id, AwaitApproval.EventName, new Approval("late", 1), hub.Timeout);

        // The worker has taken the event once it is in the history; had it been delivered, the instance would
        // have completed in that same step.
        var history = await WaitForHistoryAsync(hub, id, h => h.Any(e => e is EventRaisedEvent));
        Assert.DoesNotContain(history, e => e is ExecutionCompletedEvent);
        var suspended = await hub.Client.GetInstanceAsync(id, hub.Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended?.RuntimeStatus);

        await hub.Client.ResumeInstanceAsync(id, "go on", hub.Timeout);
        var done = await hub.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, hub.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(new Approval("late", 1), done.ReadOutputAs<Approval>());
    }

    [Fact]
    public async Task Purging_removes_a_completed_instance_and_refuses_a_running_one()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var completing = hub.RunAsync(nameof(Chain), "p");
        var running = await hub.StartRunningAsync(nameof(AwaitApproval), "r");
        var completed = await completing;

        var purged = await hub.Client.PurgeInstanceAsync(completed.InstanceId, hub.Timeout);
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.Client.PurgeInstanceAsync(running, hub.Timeout));

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await hub.Client.GetInstanceAsync(completed.InstanceId, hub.Timeout));
        var still = await hub.Client.GetInstanceAsync(running, hub.Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Running, still?.RuntimeStatus);
    }

    [Fact]
    public async Task The_client_works_on_its_own_without_a_worker()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        await hub.Runtime.StopAsync(hub.Timeout);
        await using var client = new Workflows.Runtime.AzureStorage.AzureStorageDurableTaskClient(
            hub.Runtime.Service, TestHub.Converter, hub.Name);

        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), "alone", hub.Timeout);
        var pending = await client.GetInstanceAsync(id, getInputsAndOutputs: true, hub.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending?.RuntimeStatus);
        Assert.Equal("alone", pending?.ReadInputAs<string>());
    }

    private static async Task<List<OrchestrationMetadata>> ListAsync(TestHub hub, OrchestrationQuery query)
    {
        var all = new List<OrchestrationMetadata>();
        await foreach (var item in hub.Client.GetAllInstancesAsync(query).WithCancellation(hub.Timeout))
        {
            all.Add(item);
        }

        return all;
    }

    private static async Task WaitForStatusAsync(TestHub hub, string id, OrchestrationRuntimeStatus status)
    {
        while ((await hub.Client.GetInstanceAsync(id, hub.Timeout))?.RuntimeStatus != status)
        {
            await Task.Delay(100, hub.Timeout);
        }
    }

    private static async Task<IList<HistoryEvent>> WaitForHistoryAsync(
        TestHub hub, string id, Func<IList<HistoryEvent>, bool> condition)
    {
        while (true)
        {
            var history = await hub.Client.GetOrchestrationHistoryAsync(id, hub.Timeout);
            if (condition(history))
            {
                return history;
            }

            await Task.Delay(100, hub.Timeout);
        }
    }
}
