using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Runtime.Replay;

namespace Workflows.Runtime.VirtualTime;

/// <summary>What the client asks of the runtime: each call takes the lock briefly and never calls the clock under it.</summary>
public sealed partial class VirtualTimeRuntime
{
    /// <summary>Creates an instance (or a new execution of a finished one), as the Azure Storage client does.</summary>
    internal string Schedule(TaskName name, string? input, StartOrchestrationOptions? options)
    {
        string instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var now = Clock.GetUtcNow();
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        var started = new ExecutionStartedEvent(-1, input)
        {
            OrchestrationInstance = instance,
            Name = name.Name,
            Version = options?.Version?.Version ?? string.Empty,
            Tags = options?.Tags is { } tags ? new Dictionary<string, string>(tags) : null,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Timestamp = now.UtcDateTime,
        };
        DateTimeOffset? wakeAt = null;
        lock (_gate)
        {
            if (_instances.TryGetValue(instanceId, out var existing))
            {
                var status = existing.Status.ToRuntimeStatus();
                bool refused = !existing.IsTerminal
                    || (options?.DedupeStatuses?.Any(s => string.Equals(s, status.ToString(), StringComparison.OrdinalIgnoreCase)) ?? false);
                if (refused)
                {
                    throw new OrchestrationAlreadyExistsException(
                        $"An orchestration with instance ID '{instanceId}' already exists and is {status}.");
                }
            }

            var record = Reset(instanceId, started, now);
            var message = new InstanceMessage(instanceId, instance.ExecutionId, started);
            if (options?.StartAt is { } startAt && startAt > now)
            {
                // The provider keeps a delayed start message invisible until then; the instance is Pending meanwhile.
                _timers.Add(new PendingTimer(startAt, _timerSequence++, message));
                wakeAt = startAt;
            }
            else
            {
                Enqueue(record, message);
            }

            NotifyInstanceWaiters(record);
            Pump();
        }

        if (wakeAt is { } at)
        {
            ArmWakeup(at);
        }

        return instanceId;
    }

    /// <summary>Sends an event (raised, suspend, resume, terminate) to an instance; an unknown instance drops it.</summary>
    internal void Send(string instanceId, HistoryEvent historyEvent)
    {
        historyEvent.Timestamp = Clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            Deliver(new InstanceMessage(instanceId, null, historyEvent));
            Pump();
        }
    }

    internal InstanceSnapshot? Find(string instanceId)
    {
        lock (_gate)
        {
            return _instances.TryGetValue(instanceId, out var instance) ? InstanceSnapshot.Of(instance) : null;
        }
    }

    /// <summary>The current execution's history, oldest first; null for an unknown instance.</summary>
    /// <remarks>
    /// A copy through DTFx's own serialization: later turns replay the committed events and mark them played, which
    /// must not change what a caller (a recording) holds.
    /// </remarks>
    internal IList<HistoryEvent>? History(string instanceId)
    {
        IReadOnlyList<HistoryEvent> committed;
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var instance))
            {
                return null;
            }

            committed = instance.History;
        }

        return committed.Count == 0 ? [] : HistoryReplayer.Deserialize(HistoryReplayer.Serialize(committed));
    }

    /// <summary>One page of instances in instance-id order (as the provider's table), after <paramref name="after"/>.</summary>
    internal (List<InstanceSnapshot> Page, string? Continuation) Query(Func<InstanceSnapshot, bool> filter, string? after, int pageSize)
    {
        lock (_gate)
        {
            var page = _instances.Values
                .Where(i => after is null || string.CompareOrdinal(i.InstanceId, after) > 0)
                .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
                .Select(InstanceSnapshot.Of)
                .Where(filter)
                .Take(pageSize + 1)
                .ToList();
            if (page.Count <= pageSize)
            {
                return (page, null);
            }

            page.RemoveAt(pageSize);
            return (page, page[^1].InstanceId);
        }
    }

    /// <summary>Removes finished instances that match; a running one is refused by the caller beforehand.</summary>
    internal int Purge(Func<InstanceSnapshot, bool> match)
    {
        lock (_gate)
        {
            var purged = _instances.Values
                .Where(i => i.IsTerminal && !i.Running && match(InstanceSnapshot.Of(i)))
                .ToList();
            foreach (var instance in purged)
            {
                _instances.Remove(instance.InstanceId);
                _ready.Remove(instance);
            }

            return purged.Count;
        }
    }

    /// <summary>Waits until the instance satisfies <paramref name="done"/> (checked on every change, no polling).</summary>
    internal async Task<InstanceSnapshot> WaitAsync(string instanceId, Func<InstanceSnapshot, bool> done, CancellationToken cancellationToken)
    {
        InstanceWaiter waiter;
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var instance))
            {
                throw new InvalidOperationException($"Orchestration with instanceId '{instanceId}' does not exist");
            }

            var snapshot = InstanceSnapshot.Of(instance);
            if (done(snapshot))
            {
                return snapshot;
            }

            waiter = new InstanceWaiter(instanceId, done);
            _instanceWaiters.Add(waiter);
        }

        try
        {
            return await waiter.Signal.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _instanceWaiters.Remove(waiter);
            }
        }
    }
}
