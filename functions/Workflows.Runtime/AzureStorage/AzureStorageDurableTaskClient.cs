using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using CorePurgeFilter = DurableTask.Core.PurgeInstanceFilter;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// A <see cref="DurableTaskClient"/> straight on the Durable Task Framework's Azure Storage provider: it writes the
/// provider's messages and reads its tables itself, with no worker or sidecar needed (the API may run without one).
/// </summary>
/// <remarks>
/// <para>Payloads (inputs, outputs, event data, termination output) go through the given <see cref="DataConverter"/>,
/// which must be the one the worker's orchestrators use.</para>
/// <para><b>Events raised too early are lost.</b> The provider sends the start message before it writes the
/// instance's row, and a worker that takes an event for an instance it cannot find yet drops it ("No such
/// instance"). Do not raise an event to an instance that may still be <see cref="OrchestrationRuntimeStatus.Pending"/>:
/// pass what it needs in its input, or <see cref="WaitForInstanceStartAsync(string, bool, CancellationToken)"/>
/// first.</para>
/// <para>Not covered: entities, sub-orchestration recursion on terminate and purge, restart and rewind.</para>
/// </remarks>
public sealed class AzureStorageDurableTaskClient : DurableTaskClient
{
    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(1);

    private readonly AzureStorageOrchestrationService _service;
    private readonly DataConverter _dataConverter;

    /// <param name="service">The provider; this client does not own it (disposing the client leaves it open).</param>
    /// <param name="dataConverter">The workflows' converter; <see cref="JsonDataConverter.Default"/> when null.</param>
    /// <param name="name">The client's name, by convention the task hub's.</param>
    public AzureStorageDurableTaskClient(
        AzureStorageOrchestrationService service, DataConverter? dataConverter = null, string name = "AzureStorage")
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        _dataConverter = dataConverter ?? JsonDataConverter.Default;
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName.Name, nameof(orchestratorName));
        cancellation.ThrowIfCancellationRequested();
        var instance = new OrchestrationInstance
        {
            InstanceId = string.IsNullOrEmpty(options?.InstanceId) ? Guid.NewGuid().ToString("N") : options.InstanceId,
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, _dataConverter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            // The provider delays the start message's visibility until then.
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags is { Count: > 0 } tags
                ? new Dictionary<string, string>(tags, StringComparer.Ordinal)
                : null,
        };
        var message = new TaskMessage { OrchestrationInstance = instance, Event = started };
        await _service.CreateTaskOrchestrationAsync(message, DedupeStatuses(options)).ConfigureAwait(false);
        return instance.InstanceId;
    }

    /// <remarks>
    /// The event goes to the instance without an execution id, so whichever execution is current when the worker
    /// takes it (also after a ContinueAsNew) receives it. See the class remarks on raising events too early.
    /// </remarks>
    public override Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var raised = new EventRaisedEvent(-1, _dataConverter.Serialize(eventPayload)) { Name = eventName };
        return SendAsync(instanceId, raised, cancellation);
    }

    /// <remarks>
    /// The provider turns this into an <see cref="ExecutionTerminatedEvent"/> message whose input, the serialized
    /// <see cref="TerminateInstanceOptions.Output"/>, becomes the instance's output. Sub-orchestrations are not
    /// terminated with it.
    /// </remarks>
    public override Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _service.ForceTerminateTaskOrchestrationAsync(instanceId, _dataConverter.Serialize(options?.Output));
    }

    /// <remarks>While suspended the instance keeps its incoming events and handles them after the resume.</remarks>
    public override Task SuspendInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <returns>The instance's latest execution, or null when there is no such instance.</returns>
    public override async Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();

        // fetchInput: false spares a blob download when a large input was offloaded.
        var states = await _service
            .GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: getInputsAndOutputs)
            .ConfigureAwait(false);
        return states is { Count: > 0 } && states[0] is { } state
            ? state.ToMetadata(getInputsAndOutputs, _dataConverter)
            : null;
    }

    /// <remarks>
    /// One provider query per page. Azure Table queries may return a page with fewer items than asked for (even
    /// none) and still a continuation token; enumerate until the token is null. A page's token can be passed back
    /// in <see cref="OrchestrationQuery.ContinuationToken"/> to go on from there later.
    /// </remarks>
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        return Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new CoreQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(s => s.ToCoreStatus()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                TaskHubNames = filter?.TaskHubNames?.ToList(),
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await _service.GetOrchestrationWithQueryAsync(query, cancellation).ConfigureAwait(false);
            var items = result.OrchestrationState
                .Select(s => s.ToMetadata(query.FetchInputsAndOutputs, _dataConverter))
                .ToList();
            return new Page<OrchestrationMetadata>(items, result.ContinuationToken);
        });
    }

    /// <summary>The history of the instance's current execution, oldest first.</summary>
    /// <exception cref="ArgumentException">There is no such instance.</exception>
    public override async Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(
        string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();

        // No execution id: the provider then reads the latest execution's rows.
        var json = await _service.GetOrchestrationHistoryAsync(instanceId, executionId: null).ConfigureAwait(false);
        var history = HistoryJson.Deserialize(json);
        if (history.Count == 0
            && await GetInstancesAsync(instanceId, false, cancellation).ConfigureAwait(false) is null)
        {
            throw new ArgumentException($"There is no orchestration instance '{instanceId}'.", nameof(instanceId));
        }

        return history;
    }

    /// <remarks>
    /// Refuses an instance that has not reached a final state (<see cref="InvalidOperationException"/>), as the
    /// Microsoft.DurableTask clients do: the provider itself would delete a running instance's rows from under its
    /// worker. Returns a count of 0 when there is no such instance.
    /// </remarks>
    public override async Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var instance = await GetInstancesAsync(instanceId, false, cancellation).ConfigureAwait(false);
        if (instance is null)
        {
            return new PurgeResult(0);
        }

        if (!instance.IsCompleted)
        {
            throw new InvalidOperationException(
                $"Only orchestrations in a final state can be purged; '{instanceId}' is {instance.RuntimeStatus}.");
        }

        cancellation.ThrowIfCancellationRequested();
        IOrchestrationServicePurgeClient purge = _service;
        var result = await purge.PurgeInstanceStateAsync(instanceId).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <remarks>The provider purges only instances in a final state, whatever <paramref name="filter"/> asks.</remarks>
    public override async Task<PurgeResult> PurgeAllInstancesAsync(
        PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellation.ThrowIfCancellationRequested();
        var coreFilter = new CorePurgeFilter(
            (filter.CreatedFrom ?? DateTimeOffset.MinValue).UtcDateTime,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(s => s.ToCoreStatus()));
        IOrchestrationServicePurgeClient purge = _service;
        var result = await purge.PurgeInstanceStateAsync(coreFilter).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <summary>Polls until the instance has left <see cref="OrchestrationRuntimeStatus.Pending"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no such instance.</exception>
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(
            instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    /// <summary>Polls until the instance has completed, failed or been terminated.</summary>
    /// <exception cref="InvalidOperationException">There is no such instance.</exception>
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation);

    /// <summary>Nothing to release: the provider belongs to whoever created it.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId,
        bool getInputsAndOutputs,
        Func<OrchestrationMetadata, bool> done,
        CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);

        // Quick at first (tests, short orchestrations), then once a second like the gRPC shim.
        var delay = FirstPollDelay;
        while (true)
        {
            var instance = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no orchestration instance '{instanceId}'.");
            if (done(instance))
            {
                return instance;
            }

            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
    }

    private static OrchestrationStatus[]? DedupeStatuses(StartOrchestrationOptions? options) =>
        options?.DedupeStatuses is { Count: > 0 } statuses
            ? statuses.Select(s => Enum.TryParse<OrchestrationRuntimeStatus>(s, ignoreCase: true, out var status)
                    ? status.ToCoreStatus()
                    : throw new ArgumentException($"'{s}' is not an orchestration runtime status.", nameof(options)))
                .ToArray()
            : null;

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = historyEvent,
        });
    }
}
