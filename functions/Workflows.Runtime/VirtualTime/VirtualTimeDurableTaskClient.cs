using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// The <see cref="DurableTaskClient"/> of a <see cref="VirtualTimeRuntime"/>: the surface of the Azure Storage client
/// (start, raise, query, history, terminate, suspend, resume, purge, wait), so the API, the dashboard and the
/// simulator run unchanged on virtual time. Times (<see cref="OrchestrationMetadata.CreatedAt"/>,
/// <see cref="OrchestrationMetadata.LastUpdatedAt"/>, history timestamps) are virtual.
/// </summary>
/// <remarks>
/// <para>Like the Azure Storage provider, a message to an instance is processed by a later turn: after
/// <see cref="RaiseEventAsync"/>, <see cref="SuspendInstanceAsync"/> or <see cref="TerminateInstanceAsync"/> the state shows
/// it once the runtime has drained (<see cref="VirtualTimeRuntime.DrainAsync"/>). Events for an unknown instance are
/// dropped with a log line, as the provider effectively does.</para>
/// <para>Unlike the provider, this runtime never drops an event raised right after scheduling (on Azure Storage it can
/// arrive before the Instances row exists): code that must also run on Azure must not rely on that.</para>
/// </remarks>
public sealed class VirtualTimeDurableTaskClient : DurableTaskClient
{
    private readonly VirtualTimeRuntime _runtime;
    private readonly DataConverter _converter;

    internal VirtualTimeDurableTaskClient(VirtualTimeRuntime runtime, DataConverter converter)
        : base(runtime.TaskHub)
    {
        _runtime = runtime;
        _converter = converter;
    }

    /// <summary>
    /// Creates an instance. An instance id that is Pending, Running or Suspended is refused with DTFx's
    /// <see cref="DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException"/> (an
    /// <see cref="InvalidOperationException"/>), as Durable Functions does; a finished one (Completed, Failed, Terminated)
    /// starts over as a new execution. <see cref="StartOrchestrationOptions.StartAt"/> is a virtual time.
    /// </summary>
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(_runtime.Schedule(orchestratorName, _converter.Serialize(input), options));
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        cancellation.ThrowIfCancellationRequested();
        _runtime.Send(instanceId, new EventRaisedEvent(-1, _converter.Serialize(eventPayload)) { Name = eventName });
        return Task.CompletedTask;
    }

    /// <summary>Terminates a running instance with <see cref="TerminateInstanceOptions.Output"/> as its output (recursion is not supported).</summary>
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        _runtime.Send(instanceId, new ExecutionTerminatedEvent(-1, _converter.Serialize(options?.Output)));
        return Task.CompletedTask;
    }

    /// <summary>Suspends an instance: events that arrive meanwhile are kept and delivered on resume (DTFx's executor does that).</summary>
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        _runtime.Send(instanceId, new ExecutionSuspendedEvent(-1, reason));
        return Task.CompletedTask;
    }

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        _runtime.Send(instanceId, new ExecutionResumedEvent(-1, reason));
        return Task.CompletedTask;
    }

    /// <summary>The instance, or null when there is none.</summary>
    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(_runtime.Find(instanceId) is { } snapshot ? ToMetadata(snapshot, getInputsAndOutputs) : null);
    }

    /// <summary>
    /// Instances in instance-id order, filtered by <see cref="OrchestrationQuery.Statuses"/>, creation time (inclusive
    /// bounds), <see cref="OrchestrationQuery.InstanceIdPrefix"/> and task hub, in pages of
    /// <see cref="OrchestrationQuery.PageSize"/> with a continuation token.
    /// </summary>
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var statuses = filter?.Statuses?.ToHashSet();
        bool otherHub = filter?.TaskHubNames is { } hubs && hubs.Any()
            && !hubs.Contains(_runtime.TaskHub, StringComparer.OrdinalIgnoreCase);
        bool Match(InstanceSnapshot i) =>
            !otherHub
            && (statuses is null || statuses.Count == 0 || statuses.Contains(i.Status.ToRuntimeStatus()))
            && (filter?.CreatedFrom is not { } from || i.CreatedAt >= from)
            && (filter?.CreatedTo is not { } to || i.CreatedAt <= to)
            && (filter?.InstanceIdPrefix is not { Length: > 0 } prefix || i.InstanceId.StartsWith(prefix, StringComparison.Ordinal));

        bool fetch = filter?.FetchInputsAndOutputs ?? false;
        return Pageable.Create<OrchestrationMetadata>((continuation, pageSize, cancellation) =>
        {
            cancellation.ThrowIfCancellationRequested();
            int size = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize;
            var (page, next) = _runtime.Query(Match, continuation ?? filter?.ContinuationToken, Math.Max(1, size));
            return Task.FromResult(new Page<OrchestrationMetadata>([.. page.Select(i => ToMetadata(i, fetch))], next));
        });
    }

    /// <summary>The current execution's DTFx history events, oldest first, with virtual timestamps.</summary>
    /// <exception cref="ArgumentException">There is no such instance.</exception>
    public override Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(_runtime.History(instanceId)
            ?? throw new ArgumentException($"An orchestration with the instanceId {instanceId} was not found.", nameof(instanceId)));
    }

    /// <summary>
    /// Removes a finished instance (count 1); an unknown one gives count 0. A Pending, Running or Suspended instance
    /// is refused with an <see cref="InvalidOperationException"/>, as Microsoft.DurableTask's own DTFx client does.
    /// </summary>
    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        if (_runtime.Find(instanceId) is not { } snapshot)
        {
            return Task.FromResult(new PurgeResult(0));
        }

        if (!snapshot.IsTerminal)
        {
            throw new InvalidOperationException(
                "Only orchestrations in a terminal state can be purged, but the orchestration with instance ID "
                + $"{instanceId} has status {snapshot.Status.ToRuntimeStatus()}");
        }

        return Task.FromResult(new PurgeResult(_runtime.Purge(i => string.Equals(i.InstanceId, instanceId, StringComparison.Ordinal))));
    }

    /// <summary>Removes the finished instances created in the filter's range with one of its statuses (all finished ones when none is given).</summary>
    public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellation.ThrowIfCancellationRequested();
        var statuses = filter.Statuses?.ToHashSet();
        int count = _runtime.Purge(i =>
            (filter.CreatedFrom is not { } from || i.CreatedAt >= from)
            && (filter.CreatedTo is not { } to || i.CreatedAt <= to)
            && (statuses is null || statuses.Count == 0 || statuses.Contains(i.Status.ToRuntimeStatus())));
        return Task.FromResult(new PurgeResult(count));
    }

    /// <summary>Waits (without polling) until the instance has left Pending.</summary>
    /// <exception cref="InvalidOperationException">There is no such instance.</exception>
    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var snapshot = await _runtime.WaitAsync(instanceId, i => i.Status != DurableTask.Core.OrchestrationStatus.Pending, cancellation).ConfigureAwait(false);
        return ToMetadata(snapshot, getInputsAndOutputs);
    }

    /// <summary>Waits (without polling) until the instance is Completed, Failed or Terminated.</summary>
    /// <exception cref="InvalidOperationException">There is no such instance.</exception>
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var snapshot = await _runtime.WaitAsync(instanceId, i => i.IsTerminal, cancellation).ConfigureAwait(false);
        return ToMetadata(snapshot, getInputsAndOutputs);
    }

    /// <summary>Nothing to release: the runtime owns the state.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <remarks>
    /// As Microsoft.DurableTask's own clients do, <see cref="OrchestrationMetadata.DataConverter"/> is set only when
    /// inputs and outputs were asked for: that is what lets <c>ReadInputAs</c> tell a caller they were not fetched.
    /// </remarks>
    private OrchestrationMetadata ToMetadata(InstanceSnapshot snapshot, bool getInputsAndOutputs) => new(snapshot.Name, snapshot.InstanceId)
    {
        DataConverter = getInputsAndOutputs ? _converter : null,
        RuntimeStatus = snapshot.Status.ToRuntimeStatus(),
        CreatedAt = snapshot.CreatedAt,
        LastUpdatedAt = snapshot.LastUpdatedAt,
        SerializedInput = getInputsAndOutputs ? snapshot.Input : null,
        SerializedOutput = getInputsAndOutputs ? snapshot.Output : null,
        SerializedCustomStatus = getInputsAndOutputs ? snapshot.CustomStatus : null,
        FailureDetails = snapshot.Failure.ToTaskFailureDetails(),
        Tags = snapshot.Tags ?? new Dictionary<string, string>(),
    };
}
