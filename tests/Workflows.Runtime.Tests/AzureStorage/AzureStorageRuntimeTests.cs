using Azure.Data.Tables;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Workflows.Testing;
using Xunit.Abstractions;

namespace Workflows.Runtime.Tests.AzureStorage;

[Collection("azurite")]
public sealed class AzureStorageRuntimeTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Starting_creates_the_hubs_instances_and_history_tables()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var tables = new TableServiceClient(hub.ConnectionString);
        var names = new List<string>();
        await foreach (var table in tables.QueryAsync(cancellationToken: hub.Timeout))
        {
            names.Add(table.Name);
        }

        Assert.Contains(hub.Name + "Instances", names);
        Assert.Contains(hub.Name + "History", names);
    }

    [Fact]
    public async Task An_activity_chain_completes_with_each_activitys_output()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var done = await hub.RunAsync(nameof(Chain), "start");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("start-a-b-c", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Custom_status_input_and_output_are_readable_through_the_converter()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var done = await hub.RunAsync(nameof(Chain), "x");

        Assert.Equal("x", done.ReadInputAs<string>());
        Assert.Equal("x-a-b-c", done.ReadOutputAs<string>());
        Assert.Equal(new ChainProgress(3, "x-a-b-c"), done.ReadCustomStatusAs<ChainProgress>());
        Assert.Contains("\"step\":3", done.SerializedCustomStatus, StringComparison.Ordinal);
        Assert.True(done.CreatedAt <= done.LastUpdatedAt);
        Assert.Equal(TimeSpan.Zero, done.CreatedAt.Offset);

        var without = await hub.Client.GetInstanceAsync(done.InstanceId, getInputsAndOutputs: false, hub.Timeout);
        Assert.NotNull(without);
        Assert.Null(without.SerializedInput);
        Assert.Equal(nameof(Chain), without.Name);
    }

    [Fact]
    public async Task A_durable_timer_fires()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var done = await hub.RunAsync(nameof(Sleep), 2);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("woke", done.ReadOutputAs<string>());
        var history = await hub.Client.GetOrchestrationHistoryAsync(done.InstanceId, hub.Timeout);
        var created = Assert.Single(history.OfType<TimerCreatedEvent>());
        var fired = Assert.Single(history.OfType<TimerFiredEvent>());
        Assert.Equal(created.EventId, fired.TimerId);
    }

    [Fact]
    public async Task An_event_raised_to_a_running_instance_is_received()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);
        var id = await hub.StartRunningAsync(nameof(AwaitApproval), "go");

        await hub.Client.RaiseEventAsync(id, AwaitApproval.EventName, new Approval("coordinator", 2), hub.Timeout);
        var done = await hub.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, hub.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(new Approval("coordinator", 2), done.ReadOutputAs<Approval>());
    }

    [Fact]
    public async Task ContinueAsNew_keeps_the_instance_id_and_starts_a_fresh_history()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var done = await hub.RunAsync(nameof(CountUp), 0, instanceId: "counter");

        Assert.Equal("counter", done.InstanceId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(1, done.ReadOutputAs<int>());
        var history = await hub.Client.GetOrchestrationHistoryAsync("counter", hub.Timeout);
        var started = Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal("1", started.Input);
        Assert.Single(history.OfType<TaskScheduledEvent>());
    }

    [Fact]
    public async Task Activity_failures_reach_the_orchestrator_and_the_client_as_failure_details()
    {
        await using var hub = await TestHub.StartAsync(azurite, output);

        var results = await Task.WhenAll(hub.RunAsync(nameof(Explode), true), hub.RunAsync(nameof(Explode), false));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, results[0].RuntimeStatus);
        Assert.Equal("System.InvalidOperationException|boom: x", results[0].ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Failed, results[1].RuntimeStatus);
        var failure = results[1].FailureDetails;
        Assert.NotNull(failure);
        Assert.Equal("Microsoft.DurableTask.TaskFailedException", failure.ErrorType);
        Assert.Contains("boom: x", failure.ErrorMessage, StringComparison.Ordinal);
    }
}
