using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// One orchestration turn as DTFx's <c>TaskOrchestrationDispatcher.OnProcessWorkItemAsync</c> does it (without extended
/// sessions): an <see cref="OrchestratorStartedEvent"/> stamped with the virtual time (the orchestrator's
/// <c>CurrentUtcDateTime</c>), the new messages reconciled with the history, a fresh
/// <see cref="TaskOrchestrationExecutor"/> replaying the whole history, and its decisions turned into history events
/// and outbound work the same way the dispatcher does. Continue-as-new starts the next execution within the same
/// turn, as the dispatcher's loop does.
/// </summary>
internal sealed class OrchestrationTurn(Func<ExecutionStartedEvent, TaskOrchestration> createOrchestration, ILogger logger)
{
    /// <param name="history">The current execution's committed history (empty before the first turn).</param>
    /// <param name="messages">The messages waiting for the instance, oldest first.</param>
    /// <param name="now">The virtual time of the turn.</param>
    public TurnOutcome Run(IEnumerable<HistoryEvent> history, IReadOnlyList<InstanceMessage> messages, DateTime now)
    {
        var state = new OrchestrationRuntimeState(history.ToList());
        var outcome = new TurnOutcome(state);
        if (state.ExecutionCompletedEvent is not null)
        {
            // The Azure Storage provider discards messages for a finished instance (AllowReplayingTerminalInstances off).
            foreach (var message in messages)
            {
                Drop(message, "the instance has ended");
            }

            return outcome;
        }

        state.AddEvent(Stamp(new OrchestratorStartedEvent(-1), now));
        foreach (var message in messages)
        {
            if (Reconcile(state, message))
            {
                state.AddEvent(message.Event);
                outcome.Executed = true;
            }
        }

        if (!outcome.Executed)
        {
            return outcome;
        }

        string? carryOverStatus = null;
        bool continuedAsNew;
        do
        {
            continuedAsNew = false;
            ExecutionStartedEvent? nextExecution = null;
            List<HistoryEvent>? carryOverEvents = null;
            foreach (var decision in Execute(state))
            {
                switch (decision)
                {
                    case ScheduleTaskOrchestratorAction task:
                        string taskName = task.Name ?? throw new ArgumentException("No name was given for the task activity to schedule!", nameof(history));
                        var scheduled = Stamp(new TaskScheduledEvent(task.Id, taskName, task.Version, task.Input) { Tags = task.Tags }, now);
                        state.AddEvent(scheduled);
                        outcome.Activities.Add((state.OrchestrationInstance!, scheduled));
                        break;
                    case CreateTimerOrchestratorAction timer:
                        state.AddEvent(Stamp(new TimerCreatedEvent(timer.Id) { FireAt = timer.FireAt }, now));
                        // DTFx makes the TimerFired message when the timer is created; the queue holds it until FireAt.
                        var fired = Stamp(new TimerFiredEvent(-1) { TimerId = timer.Id, FireAt = timer.FireAt }, now);
                        outcome.Timers.Add(new InstanceMessage(state.OrchestrationInstance!.InstanceId, state.OrchestrationInstance.ExecutionId, fired));
                        break;
                    case CreateSubOrchestrationAction sub:
                        outcome.Messages.Add(CreateSubOrchestration(state, sub, now));
                        break;
                    case SendEventOrchestratorAction send:
                        state.AddEvent(Stamp(new EventSentEvent(send.Id) { InstanceId = send.Instance?.InstanceId, Name = send.EventName, Input = send.EventData }, now));
                        if (send.Instance?.InstanceId is { } target)
                        {
                            outcome.Messages.Add(new InstanceMessage(target, send.Instance.ExecutionId, Stamp(new EventRaisedEvent(-1, send.EventData) { Name = send.EventName }, now)));
                        }

                        break;
                    case OrchestrationCompleteOrchestratorAction complete:
                        continuedAsNew = complete.OrchestrationStatus == OrchestrationStatus.ContinuedAsNew;
                        state.AddEvent(Stamp(
                            continuedAsNew
                                ? new ContinueAsNewEvent(complete.Id, complete.Result)
                                : new ExecutionCompletedEvent(complete.Id, complete.Result, complete.OrchestrationStatus, complete.FailureDetails),
                            now));
                        if (continuedAsNew)
                        {
                            nextExecution = NextExecution(state, complete, now);
                            if (complete.CarryoverEvents.Count > 0)
                            {
                                carryOverEvents = [.. complete.CarryoverEvents];
                                complete.CarryoverEvents.Clear();
                            }
                        }
                        else if (ParentNotice(state, complete, now) is { } notice)
                        {
                            outcome.Messages.Add(notice);
                        }

                        break;
                    default:
                        throw new NotSupportedException($"Decision type '{decision.OrchestratorActionType}' not supported");
                }
            }

            if (!continuedAsNew && state.Events[^1].EventType != EventType.OrchestratorCompleted)
            {
                state.AddEvent(Stamp(new OrchestratorCompletedEvent(-1), now));
            }

            if (continuedAsNew)
            {
                // A fresh history for the next execution, then the loop runs it at once (as the dispatcher does).
                var next = new OrchestrationRuntimeState();
                next.AddEvent(Stamp(new OrchestratorStartedEvent(-1), now));
                next.AddEvent(nextExecution!);
                next.Status = state.Status ?? carryOverStatus;
                carryOverStatus = state.Status;
                foreach (var carried in carryOverEvents ?? [])
                {
                    next.AddEvent(carried);
                }

                next.AddEvent(Stamp(new OrchestratorCompletedEvent(-1), now));
                state = next;
                outcome.State = state;
            }
        }
        while (continuedAsNew);

        state.Status ??= carryOverStatus;
        return outcome;
    }

    private static T Stamp<T>(T historyEvent, DateTime now)
        where T : HistoryEvent
    {
        historyEvent.Timestamp = now;
        return historyEvent;
    }

    /// <summary>DTFx's <c>ReconcileMessagesWithState</c>: false drops the message.</summary>
    private bool Reconcile(OrchestrationRuntimeState state, InstanceMessage message)
    {
        if (message.Event is ExecutionStartedEvent)
        {
            if (state.ExecutionStartedEvent is not null)
            {
                Drop(message, "duplicate start event");
                return false;
            }

            return true;
        }

        if (state.ExecutionStartedEvent is null)
        {
            // DTFx drops work for an instance without history ("responses for deleted orchestrations").
            Drop(message, "the instance has not started");
            return false;
        }

        if (message.ExecutionId is { } executionId
            && !string.Equals(executionId, state.OrchestrationInstance?.ExecutionId, StringComparison.Ordinal))
        {
            Drop(message, "it belongs to an earlier execution");
            return false;
        }

        return true;
    }

    private void Drop(InstanceMessage message, string reason)
        => VirtualTimeLog.MessageDropped(logger, message.Event.EventType, message.InstanceId, reason);

    private IReadOnlyList<OrchestratorAction> Execute(OrchestrationRuntimeState state)
    {
        var started = state.ExecutionStartedEvent!;
        OrchestratorExecutionResult result;
        try
        {
            var orchestration = createOrchestration(started);
            var executor = new TaskOrchestrationExecutor(
                state, orchestration, BehaviorOnContinueAsNew.Carryover, entityParameters: null, ErrorPropagationMode.UseFailureDetails);
            result = executor.Execute();
        }
        catch (Exception e)
        {
            // DTFx would abandon and retry the work item forever (a missing orchestrator is a deployment error); a local
            // runner fails the instance instead, so a test or a simulation ends with the reason in FailureDetails.
            VirtualTimeLog.OrchestratorMissing(logger, e, started.Name, started.OrchestrationInstance.InstanceId);
            return
            [
                new OrchestrationCompleteOrchestratorAction
                {
                    Id = state.PastEvents.Count,
                    OrchestrationStatus = OrchestrationStatus.Failed,
                    Result = e.Message,
                    FailureDetails = new FailureDetails(e),
                },
            ];
        }

        state.Status = result.CustomStatus;
        return [.. result.Actions];
    }

    private static InstanceMessage CreateSubOrchestration(OrchestrationRuntimeState state, CreateSubOrchestrationAction sub, DateTime now)
    {
        state.AddEvent(Stamp(
            new SubOrchestrationInstanceCreatedEvent(sub.Id)
            {
                Name = sub.Name,
                Version = sub.Version,
                InstanceId = sub.InstanceId,
                Input = sub.Input,
                Tags = sub.Tags,
            },
            now));
        string childId = sub.InstanceId ?? throw new ArgumentException("A sub-orchestration needs an instance id.", nameof(sub));
        var instance = new OrchestrationInstance { InstanceId = childId, ExecutionId = Guid.NewGuid().ToString("N") };
        var started = Stamp(
            new ExecutionStartedEvent(-1, sub.Input)
            {
                OrchestrationInstance = instance,
                ParentInstance = new ParentInstance
                {
                    OrchestrationInstance = state.OrchestrationInstance,
                    Name = state.Name,
                    Version = state.Version,
                    TaskScheduleId = sub.Id,
                },
                Name = sub.Name,
                Version = sub.Version,
                Tags = sub.Tags,
            },
            now);
        return new InstanceMessage(childId, instance.ExecutionId, started);
    }

    private static ExecutionStartedEvent NextExecution(OrchestrationRuntimeState state, OrchestrationCompleteOrchestratorAction complete, DateTime now)
        => Stamp(
            new ExecutionStartedEvent(-1, complete.Result)
            {
                OrchestrationInstance = new OrchestrationInstance
                {
                    InstanceId = state.OrchestrationInstance!.InstanceId,
                    ExecutionId = Guid.NewGuid().ToString("N"),
                },
                Tags = state.Tags is null ? null : new Dictionary<string, string>(state.Tags),
                ParentInstance = state.ParentInstance,
                Name = state.Name,
                Version = complete.NewVersion ?? state.Version,
            },
            now);

    /// <summary>The result a sub-orchestration sends its parent, as DTFx does (none for fire-and-forget).</summary>
    private static InstanceMessage? ParentNotice(OrchestrationRuntimeState state, OrchestrationCompleteOrchestratorAction complete, DateTime now)
    {
        if (state.ParentInstance is not { OrchestrationInstance.InstanceId: { } parentId } parent
            || (state.Tags?.ContainsKey(OrchestrationTags.FireAndForget) ?? false))
        {
            return null;
        }

        HistoryEvent? notice = complete.OrchestrationStatus switch
        {
            OrchestrationStatus.Completed => new SubOrchestrationInstanceCompletedEvent(-1, parent.TaskScheduleId, complete.Result),
            OrchestrationStatus.Failed or OrchestrationStatus.Terminated =>
                new SubOrchestrationInstanceFailedEvent(-1, parent.TaskScheduleId, complete.Result, details: null, complete.FailureDetails),
            _ => null,
        };
        return notice is null
            ? null
            : new InstanceMessage(parentId, parent.OrchestrationInstance.ExecutionId, Stamp(notice, now));
    }
}
