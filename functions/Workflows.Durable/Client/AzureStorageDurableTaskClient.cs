using System.Text.Json;
using Azure;
using Workflows.Durable.History;
using Workflows.Durable.Storage;
using Workflows.Durable.Worker;

namespace Workflows.Durable.Client;

/// <summary>The client of an Azure Storage task hub: every command is a durable row or queue message.</summary>
internal sealed class AzureStorageDurableTaskClient(DurableTaskHub hub) : DurableTaskClient
{
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromMilliseconds(500);

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        string instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        InstanceIds.Validate(instanceId);
        string executionId = TurnPlanner.NewExecutionId();
        var now = hub.TimeProvider.GetUtcNow();
        string? json = DurableJson.Serialize(input);
        var start = new ExecutionStarted(orchestratorName.Name, json, executionId, null, $"{instanceId}/{executionId}/start") { At = now };
        var state = new InstanceState
        {
            Name = orchestratorName.Name,
            Status = OrchestrationRuntimeStatus.Pending,
            ExecutionId = executionId,
            CreatedAt = now,
            LastUpdatedAt = now,
            Input = json,
            Pending = [start],
            ScheduledStartAt = options?.StartAt,
        };

        // The wake-up is written with the instance, so a crash before it is sent only delays the start.
        OutboxItem wake = options?.StartAt is { } at && at > now
            ? new ArmTimer(new TimerRecord(instanceId, executionId, TimerRecord.WakeTimerId, at))
            : new SendControl(new ControlMessage(instanceId, null, null, $"{instanceId}/{executionId}/wake"));
        var row = new OutboxRow(RowKeys.ClientOutbox(Guid.NewGuid()), [wake], TimeProvider.System.GetUtcNow());
        await hub.Store.CreateAsync(instanceId, state, row, cancellation).ConfigureAwait(false);
        await OutboxRelay.SendAsync(hub, wake, cancellation).ConfigureAwait(false);
        return instanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, new EventRaised(eventName, DurableJson.Serialize(eventPayload), id), id, cancellation);
    }

    public override Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, new ExecutionTerminated(DurableJson.Serialize(output), id), id, cancellation);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, new ExecutionSuspended(reason, id), id, cancellation);
    }

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, new ExecutionResumed(reason, id), id, cancellation);
    }

    public override Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => hub.Store.GetMetadataAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => PollAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => PollAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation);

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default)
        => new(await hub.Store.PurgeAsync(instanceId, cancellation).ConfigureAwait(false) ? 1 : 0);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
        => new QueryPageable(hub.Store, filter ?? new OrchestrationQuery());

    public override async Task<IReadOnlyList<HistoryEntry>> GetInstanceHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        var snapshot = await hub.Store.LoadAsync(instanceId, cancellation).ConfigureAwait(false);
        return snapshot is null
            ? []
            : snapshot.History.Select(e => new HistoryEntry(e.GetType().Name, e.At, JsonSerializer.Serialize(e, DurableJson.Options))).ToList();
    }

    private Task SendAsync(string instanceId, HistoryEvent command, string messageId, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var stamped = command with { At = hub.TimeProvider.GetUtcNow() };
        return hub.Transport.SendControlAsync(new ControlMessage(instanceId, null, stamped, messageId), cancellation);
    }

    private async Task<OrchestrationMetadata> PollAsync(string instanceId, bool payloads, Func<OrchestrationMetadata, bool> done, CancellationToken cancellation)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var metadata = await hub.Store.GetMetadataAsync(instanceId, payloads, cancellation).ConfigureAwait(false);
            if (metadata is not null && done(metadata))
            {
                return metadata;
            }

            await Task.Delay(delay, TimeProvider.System, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
    }

    private sealed class QueryPageable(InstanceStore store, OrchestrationQuery query) : AsyncPageable<OrchestrationMetadata>
    {
        public override async IAsyncEnumerable<Page<OrchestrationMetadata>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            string? token = continuationToken ?? query.ContinuationToken;
            do
            {
                var page = await store.QueryPageAsync(query with { ContinuationToken = null }, token, pageSizeHint, CancellationToken).ConfigureAwait(false);
                yield return page;
                token = page.ContinuationToken;
            }
            while (token is not null);
        }
    }
}
