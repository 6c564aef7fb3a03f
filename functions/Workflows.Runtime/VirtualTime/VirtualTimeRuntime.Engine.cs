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

/// <summary>
/// The engine: routing messages, handing out turns and activities, committing their results, and waking on the clock.
/// Everything here runs under <c>_gate</c> unless it says otherwise; the clock is never called under it (FakeTimeProvider
/// calls timer callbacks, which take the lock, from whoever moves the clock).
/// </summary>
public sealed partial class VirtualTimeRuntime
{
    private VirtualInstance Reset(string instanceId, ExecutionStartedEvent started, DateTimeOffset now)
    {
        if (!_instances.TryGetValue(instanceId, out var instance))
        {
            instance = new VirtualInstance(instanceId, started, now);
            _instances.Add(instanceId, instance);
            return instance;
        }

        instance.Started = started;
        instance.History = [];
        instance.Status = OrchestrationStatus.Pending;
        instance.CustomStatus = null;
        instance.Output = null;
        instance.Failure = null;
        instance.CreatedAt = now;
        instance.LastUpdatedAt = now;
        instance.Inbox.Clear();
        return instance;
    }

    private void Enqueue(VirtualInstance instance, InstanceMessage message)
    {
        instance.Inbox.Enqueue(message);
        if (!instance.Running)
        {
            _ready.Add(instance);
        }
    }

    /// <summary>Routes a message as the provider's queues do; what has nowhere to go is dropped with a log line.</summary>
    private void Deliver(InstanceMessage message, DateTimeOffset? now = null)
    {
        _instances.TryGetValue(message.InstanceId, out var instance);
        if (message.Event is ExecutionStartedEvent started)
        {
            if (instance is not null
                && string.Equals(instance.Started.OrchestrationInstance.ExecutionId, started.OrchestrationInstance.ExecutionId, StringComparison.Ordinal))
            {
                Enqueue(instance, message);   // its own delayed start
                return;
            }

            if (instance is not null && !instance.IsTerminal)
            {
                Drop(message, "an instance with this id is already running");
                return;
            }

            // A sub-orchestration starts (or starts over on a finished instance id).
            instance = Reset(message.InstanceId, started, now ?? new DateTimeOffset(started.Timestamp, TimeSpan.Zero));
            Enqueue(instance, message);
            NotifyInstanceWaiters(instance);
            return;
        }

        if (instance is null)
        {
            // The Azure Storage provider effectively drops these too ("no such instance").
            VirtualTimeLog.NoSuchInstance(_logger, message.Event.EventType, message.InstanceId);
            return;
        }

        if (instance.IsTerminal && !instance.Running)
        {
            Drop(message, "the instance has ended");
            return;
        }

        Enqueue(instance, message);
    }

    private void Drop(InstanceMessage message, string reason)
        => VirtualTimeLog.MessageDropped(_logger, message.Event.EventType, message.InstanceId, reason);

    /// <summary>Moves every timer due by <paramref name="now"/> to its instance.</summary>
    private void PromoteDue(DateTimeOffset now)
    {
        while (_timers.Count > 0 && _timers.Min!.Due <= now)
        {
            var timer = _timers.Min;
            _timers.Remove(timer);
            Deliver(timer.Message);
        }
    }

    /// <summary>Hands out every piece of work that can run now (when started).</summary>
    private void Pump()
    {
        if (!_started)
        {
            return;
        }

        foreach (var instance in _ready.ToList())
        {
            _ready.Remove(instance);
            if (instance.Running || instance.Inbox.Count == 0)
            {
                continue;
            }

            if (instance.IsTerminal)
            {
                while (instance.Inbox.TryDequeue(out var late))
                {
                    Drop(late, "the instance has ended");
                }

                continue;
            }

            var batch = instance.Inbox.ToList();
            instance.Inbox.Clear();
            instance.Running = true;
            _busy++;
            var history = instance.History;
            _ = Task.Run(() => RunTurn(instance, history, batch));
        }

        while (_activities.TryDequeue(out var work))
        {
            _busy++;
            _ = Task.Run(() => RunActivityAsync(work.Instance, work.Task));
        }
    }

    private static Task Waiter(bool done, List<TaskCompletionSource> waiters)
    {
        if (done)
        {
            return Task.CompletedTask;
        }

        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add(signal);
        return signal.Task;
    }

    private void SignalWaiters()
    {
        if (_busy == 0)
        {
            Release(_quietWaiters);
        }

        if (IsIdle)
        {
            Release(_idleWaiters);
        }

        static void Release(List<TaskCompletionSource> waiters)
        {
            foreach (var waiter in waiters)
            {
                waiter.TrySetResult();
            }

            waiters.Clear();
        }
    }

    private void NotifyInstanceWaiters(VirtualInstance instance)
    {
        if (_instanceWaiters.Count == 0)
        {
            return;
        }

        var snapshot = InstanceSnapshot.Of(instance);
        foreach (var waiter in _instanceWaiters.Where(w => w.InstanceId == instance.InstanceId).ToList())
        {
            if (waiter.Done(snapshot))
            {
                waiter.Signal.TrySetResult(snapshot);
                _instanceWaiters.Remove(waiter);
            }
        }
    }

    /// <summary>Runs one turn off the lock, then commits it (a thread-pool work item).</summary>
    private void RunTurn(VirtualInstance instance, IReadOnlyList<HistoryEvent> history, List<InstanceMessage> batch)
    {
        var now = Clock.GetUtcNow();
        TurnOutcome? outcome = null;
        try
        {
            outcome = _turn.Run(history, batch, now.UtcDateTime);
        }
        catch (Exception e)
        {
            // A fault of this runner, not of the orchestrator (the executor turns those into a failed instance).
            VirtualTimeLog.TurnCrashed(_logger, e, instance.InstanceId);
        }

        List<DateTimeOffset> wakeAt = [];
        lock (_gate)
        {
            instance.Running = false;
            _busy--;
            if (outcome is { Executed: true })
            {
                Commit(instance, outcome, now, wakeAt);
            }

            if (instance.Inbox.Count > 0)
            {
                _ready.Add(instance);
            }

            Pump();
            SignalWaiters();
        }

        foreach (var at in wakeAt)
        {
            ArmWakeup(at);
        }
    }

    private void Commit(VirtualInstance instance, TurnOutcome outcome, DateTimeOffset now, List<DateTimeOffset> wakeAt)
    {
        var state = outcome.State;
        bool newExecution = !ReferenceEquals(instance.Started, state.ExecutionStartedEvent);
        instance.Started = state.ExecutionStartedEvent!;
        instance.History = [.. state.Events];
        instance.Status = state.OrchestrationStatus;
        instance.CustomStatus = state.Status;
        instance.Output = state.Output;
        instance.Failure = state.FailureDetails;
        instance.LastUpdatedAt = now;
        if (newExecution)
        {
            // Continued as new (the start event of every other execution is the one the instance was made with). The
            // provider's Instances row takes the new execution's start time.
            instance.CreatedAt = new DateTimeOffset(instance.Started.Timestamp, TimeSpan.Zero);
            VirtualTimeLog.ContinuedAsNew(_logger, instance.InstanceId, now);
        }

        foreach (var message in outcome.Messages)
        {
            Deliver(message, now);
        }

        foreach (var (owner, task) in outcome.Activities)
        {
            _activities.Enqueue((owner, task));
        }

        foreach (var timer in outcome.Timers)
        {
            var due = new DateTimeOffset(DateTime.SpecifyKind(((TimerFiredEvent)timer.Event).FireAt, DateTimeKind.Utc));
            if (due <= now)
            {
                Deliver(timer);
            }
            else
            {
                _timers.Add(new PendingTimer(due, _timerSequence++, timer));
                wakeAt.Add(due);
            }
        }

        if (instance.IsTerminal)
        {
            VirtualTimeLog.InstanceEnded(_logger, instance.InstanceId, instance.Status, now);
        }

        NotifyInstanceWaiters(instance);
    }

    private async Task RunActivityAsync(OrchestrationInstance owner, TaskScheduledEvent task)
    {
        HistoryEvent response = null!;
        for (int delivery = 0; delivery < ActivityDeliveries; delivery++)
        {
            response = await RunActivityOnceAsync(owner, task).ConfigureAwait(false);
        }

        response.Timestamp = Clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            _busy--;
            Deliver(new InstanceMessage(owner.InstanceId, owner.ExecutionId, response));
            Pump();
            SignalWaiters();
        }
    }

    /// <summary>One delivery of an activity, as DTFx's <c>TaskActivityDispatcher</c> runs it.</summary>
    private async Task<HistoryEvent> RunActivityOnceAsync(OrchestrationInstance owner, TaskScheduledEvent task)
    {
        string name = task.Name ?? string.Empty;
        try
        {
            if (!_activityFactories.TryGetValue(name, out var factory))
            {
                throw new TypeMissingException($"TaskActivity {name} version {task.Version} was not found");
            }

            // Created per call, in a scope of its own, as the Functions worker does per invocation.
            var scopes = _options.Services.GetService<IServiceScopeFactory>();
            await using var scope = scopes?.CreateAsyncScope();
            var activity = factory(scope?.ServiceProvider ?? _options.Services);
            var shim = _shims.CreateActivity(new TaskName(name), activity);
            var context = new TaskContext(new OrchestrationInstance { InstanceId = owner.InstanceId, ExecutionId = owner.ExecutionId }, name, task.Version, task.EventId);
            string output = await shim.RunAsync(context, task.Input).ConfigureAwait(false);
            return new TaskCompletedEvent(-1, task.EventId, output);
        }
        catch (Exception e)
        {
            // What the dispatcher records for an exception the shim lets through (ErrorPropagationMode.UseFailureDetails).
            VirtualTimeLog.ActivityFailed(_logger, name, owner.InstanceId, task.EventId, e.GetType().FullName ?? e.GetType().Name);
            return new TaskFailedEvent(-1, task.EventId, e.Message, details: null, new FailureDetails(e));
        }
    }

    private TaskOrchestration CreateOrchestration(ExecutionStartedEvent started)
    {
        if (!_orchestrators.TryGetValue(started.Name, out var factory))
        {
            throw new TypeMissingException($"Orchestration not found: ({started.Name}, {started.Version})");
        }

        var orchestrator = factory(_options.Services);
        var parent = started.ParentInstance is { } p
            ? new ParentOrchestrationInstance(new TaskName(p.Name), p.OrchestrationInstance.InstanceId)
            : null;
        return _shims.CreateOrchestration(new TaskName(started.Name), orchestrator, parent);
    }

    /// <summary>Lets the clock wake the runtime when it reaches <paramref name="due"/> (called off the lock).</summary>
    private void ArmWakeup(DateTimeOffset due)
    {
        var delay = due - Clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            OnWakeup();
            return;
        }

        var wakeup = new Wakeup();
        _wakeups.TryAdd(wakeup, 0);
        wakeup.Timer = Clock.CreateTimer(
            static state =>
            {
                var (runtime, self) = ((VirtualTimeRuntime, Wakeup))state!;
                runtime._wakeups.TryRemove(self, out _);
                self.Dispose();
                runtime.OnWakeup();
            },
            (this, wakeup),
            delay,
            Timeout.InfiniteTimeSpan);
    }

    private void OnWakeup()
    {
        // FakeTimeProvider calls timers synchronously inside SetUtcNow/Advance, with the clock at their due time.
        var now = Clock.GetUtcNow();
        lock (_gate)
        {
            PromoteDue(now);
            Pump();
            SignalWaiters();
        }
    }
}
