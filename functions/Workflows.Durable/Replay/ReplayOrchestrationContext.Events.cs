using Workflows.Durable.History;

namespace Workflows.Durable.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    private readonly Dictionary<string, Queue<EventRaised>> _buffered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<EventRaised>>> _waiters = new(StringComparer.OrdinalIgnoreCase);

    public override async Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        EnsureOrchestratorThread();
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (_buffered.TryGetValue(eventName, out var queue) && queue.TryDequeue(out var early))
        {
            return DurableJson.Deserialize<T>(early.Input)!;
        }

        var source = new TaskCompletionSource<EventRaised>();
        if (!_waiters.TryGetValue(eventName, out var list))
        {
            list = new LinkedList<TaskCompletionSource<EventRaised>>();
            _waiters[eventName] = list;
        }

        var node = list.AddLast(source);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                    source.TrySetCanceled(cancellationToken);
                }
            });
        }

        EventRaised raised = await source.Task.ConfigureAwait(true);
        return DurableJson.Deserialize<T>(raised.Input)!;
    }

    /// <summary>Hands an event to the oldest waiter for its name, or keeps it until someone waits.</summary>
    internal void Raise(EventRaised raised)
    {
        if (_waiters.TryGetValue(raised.Name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.SetResult(raised);
            return;
        }

        if (!_buffered.TryGetValue(raised.Name, out var queue))
        {
            queue = new Queue<EventRaised>();
            _buffered[raised.Name] = queue;
        }

        queue.Enqueue(raised);
    }

    /// <summary>Events that arrived but were never awaited: carried into the next execution on ContinueAsNew.</summary>
    internal IReadOnlyList<EventRaised> UnconsumedEvents() => _buffered.Values.SelectMany(q => q).ToList();
}
