using Workflows.Durable;

namespace Workflows.Host.Subsidies;

/// <summary>
/// Raises an external event and returns once the instance has taken it in (its history changed, or it ended). The
/// simulator and tests on a virtual clock need this: the clock may only move on once the event's turn ran.
/// </summary>
public static class SignalDelivery
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task RaiseAndWaitAsync(DurableTaskClient client, string instanceId, string eventName, object payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var before = await RaisedAsync(client, instanceId, cancellationToken).ConfigureAwait(false);
        await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var instance = await client.GetInstanceAsync(instanceId, cancellation: timeout.Token).ConfigureAwait(false);
            if (instance is null || instance.IsCompleted || await RaisedAsync(client, instanceId, timeout.Token).ConfigureAwait(false) != before)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token).ConfigureAwait(false);
        }
    }

    /// <summary>The execution (its first history entry) and how many events it took in: an event that made it <c>ContinueAsNew</c> shows as a new execution.</summary>
    private static async Task<(string? Execution, int Raised)> RaisedAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        var history = await client.GetInstanceHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return (history.Count > 0 ? history[0].Json : null, history.Count(e => e.EventType == "EventRaised"));
    }
}
