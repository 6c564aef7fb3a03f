using Microsoft.DurableTask.Client;

namespace Workflows.Orchestrations;

/// <summary>Raises events to instances the way the Azure Storage provider needs it.</summary>
public static class InstanceEvents
{
    /// <summary>How long a change waits for a just-started instance to run before it is raised anyway.</summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Raises <paramref name="eventName"/> to <paramref name="instance"/>, first waiting (up to
    /// <see cref="StartPatience"/>) for it to leave Pending: on the Azure Storage provider an event that overtakes the
    /// start message of a new instance is dropped ("No such instance") and the change would be lost.
    /// </summary>
    public static async Task RaiseAsync(
        DurableTaskClient client, OrchestrationMetadata instance, string eventName, object payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(StartPatience);
            try
            {
                await client.WaitForInstanceStartAsync(instance.InstanceId, patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // No worker took it in time (e.g. a configuration stored before the worker started): raise anyway,
                // which the virtual-time runtime and a started worker both deliver once the start is processed.
            }
        }

        await client.RaiseEventAsync(instance.InstanceId, eventName, payload, cancellationToken);
    }
}
