using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions;

/// <summary>
/// The platform's <see cref="DurableTaskClient"/> under the Functions host. The host hands a client to each invocation
/// (<c>[DurableClient]</c>); the API, the dashboard and the configuration listeners take theirs from the container, so
/// this one forwards every call to the client of the invocation in hand.
/// </summary>
internal sealed class AmbientDurableTaskClient() : DurableTaskClient("Functions")
{
    private static readonly AsyncLocal<DurableTaskClient?> Ambient = new();

    private static DurableTaskClient Current => Ambient.Value
        ?? throw new InvalidOperationException("No Durable Functions client in this invocation: the function takes none.");

    /// <summary>Makes <paramref name="client"/> the one used until the returned scope is disposed.</summary>
    public static IDisposable Use(DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var previous = Ambient.Value;
        Ambient.Value = client;
        return new Restore(previous);
    }

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
        => Current.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellation);

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
        => Current.RaiseEventAsync(instanceId, eventName, eventPayload, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => Current.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => Current.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
        => Current.TerminateInstanceAsync(instanceId, options, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => Current.SuspendInstanceAsync(instanceId, reason, cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => Current.ResumeInstanceAsync(instanceId, reason, cancellation);

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => Current.GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
        => Current.GetAllInstancesAsync(filter);

    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
        => Current.PurgeInstanceAsync(instanceId, options, cancellation);

    public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
        => Current.PurgeAllInstancesAsync(filter, options, cancellation);

    public override Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
        => Current.GetOrchestrationHistoryAsync(instanceId, cancellation);

    /// <summary>Owns nothing: the host disposes its clients.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Restore(DurableTaskClient? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
