using Microsoft.Extensions.Logging;
using Workflows.Durable.History;
using Workflows.Durable.Replay;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// Decides one turn from the stored snapshot and the inbound messages: deduplicates (message ids, task ids,
/// executions), applies lifecycle commands, replays the orchestrator and shapes the commit. No I/O, so a lost
/// ETag race simply plans again from a fresh snapshot. Partial by facet: this file dedup and lifecycle.
/// </summary>
internal sealed partial class TurnPlanner(DurableTaskRegistry registry, IServiceProvider services, ILoggerFactory loggerFactory, TimeProvider realClock)
{
    public TurnPlan Plan(string instanceId, InstanceSnapshot? snapshot, IReadOnlyList<Inbound> batch, DateTimeOffset now)
    {
        var plan = new TurnPlan();
        InstanceState? state = snapshot?.State;
        IReadOnlyList<HistoryEvent> history = snapshot?.History ?? [];
        var accepted = new List<HistoryEvent>();
        var ids = new List<string>();

        // Starts first: a child's start and an event sent to it may arrive in one batch, in either order.
        foreach (var message in batch.Select(b => b.Message).OrderBy(m => m.Event is ExecutionStarted ? 0 : 1))
        {
            if (message.Event is null)
            {
                continue;
            }

            if ((state is not null && state.Remembers(message.MessageId)) || ids.Contains(message.MessageId))
            {
                plan.Dropped.Add((message, "duplicate message"));
                continue;
            }

            if (message.Event is ExecutionStarted start)
            {
                if (state is null || (state.IsTerminal && start.ExecutionId != state.ExecutionId))
                {
                    plan.ExecutionReset = state is not null;
                    state = NewState(start, now, state);
                    history = [];
                    ids.Add(message.MessageId);
                }
                else
                {
                    plan.Dropped.Add((message, "already started"));
                    if (start.Parent is { } parent && start.ExecutionId != state.ExecutionId)
                    {
                        // Another start claimed this id: tell the waiting parent instead of leaving it hanging.
                        var refused = new SubOrchestrationFailed(parent.TaskId, new TaskFailureDetails(
                            "InstanceIdInUse", $"Sub-orchestration instance '{instanceId}' already exists and is {state.Status}.")) { At = now };
                        plan.Replies.Add(new ControlMessage(parent.InstanceId, parent.ExecutionId, refused, $"{message.MessageId}/refused"));
                    }
                }

                continue;
            }

            if (state is null)
            {
                // Queues do not keep order: the start may still be on its way. Redelivery decides later.
                plan.Dropped.Add((message, "instance not found"));
                plan.NotFound.Add(message.MessageId);
                continue;
            }

            if (message.ExecutionId is not null && message.ExecutionId != state.ExecutionId)
            {
                plan.Dropped.Add((message, "for an earlier execution"));
                continue;
            }

            if (message.Event is CompletionEvent completion && !IsAwaited(completion.TaskId, history, state.Pending, accepted))
            {
                plan.Dropped.Add((message, "result already recorded or never scheduled"));
                continue;
            }

            accepted.Add(message.Event.At == default ? message.Event with { At = now } : message.Event);

            // Results are deduplicated by task id above; remembering their ids too would only grow the state row.
            if (message.Event is not CompletionEvent)
            {
                ids.Add(message.MessageId);
            }
        }

        if (state is null)
        {
            return plan;
        }

        var turn = new Turn(plan, instanceId, snapshot, history, now);
        bool poisoned = batch.Any(b => b.Poison);
        var events = state.Pending.Concat(accepted).OrderBy(e => e is ExecutionStarted ? 0 : 1).ToList();
        var next = (state with { Pending = [] }).Remember(ids);
        if (poisoned && !state.IsTerminal)
        {
            var reason = new TaskFailureDetails("PoisonMessage", $"A message for this instance failed {MaxAttemptsText} attempts; the instance was stopped so nothing is retried forever.");
            return Finish(turn, next, new ExecutionCompleted(OrchestrationRuntimeStatus.Failed, null, reason) { At = now }, []);
        }

        if (state.IsTerminal)
        {
            plan.Dropped.AddRange(batch.Where(b => b.Message.Event is not null and not ExecutionStarted).Select(b => (b.Message, "instance has finished")));
            return CleanUp(turn);
        }

        // Terminate wins over everything, also over a start that is not due yet or a suspension.
        if (events.OfType<ExecutionTerminated>().FirstOrDefault() is { } terminated)
        {
            var done = new ExecutionCompleted(OrchestrationRuntimeStatus.Terminated, terminated.Reason, null) { At = now };
            return Finish(turn, next, done, [terminated]);
        }

        if (state.Status == OrchestrationRuntimeStatus.Pending && state.ScheduledStartAt is { } startAt && startAt > now)
        {
            return Hold(plan, snapshot, next, events, accepted.Count > 0 || plan.ExecutionReset || snapshot is null);
        }

        // Suspend and resume apply in arrival order: the last one decides.
        bool suspended = state.Status == OrchestrationRuntimeStatus.Suspended;
        var lifecycle = events.Where(e => e is ExecutionSuspended or ExecutionResumed).ToList();
        foreach (var command in lifecycle)
        {
            suspended = command is ExecutionSuspended;
        }

        events.RemoveAll(e => e is ExecutionSuspended or ExecutionResumed);
        if (suspended)
        {
            next = next with { Status = OrchestrationRuntimeStatus.Suspended };
            return lifecycle.Count > 0
                ? Write(turn, next with { Pending = events }, [new OrchestratorStarted { At = now }, .. lifecycle], [])
                : Hold(plan, snapshot, next, events, accepted.Count > 0);
        }

        next = next with { Status = OrchestrationRuntimeStatus.Running };
        if (events.Count == 0)
        {
            return lifecycle.Count > 0 || state.Status != OrchestrationRuntimeStatus.Running
                ? Write(turn, next, [new OrchestratorStarted { At = now }, .. lifecycle], [])
                : CleanUp(turn);
        }

        return Run(turn, next, [new OrchestratorStarted { At = now }, .. lifecycle, .. events]);
    }

    private const string MaxAttemptsText = "its maximum number of";

    /// <summary>What every step of planning one turn refers to.</summary>
    private sealed record Turn(TurnPlan Plan, string InstanceId, InstanceSnapshot? Snapshot, IReadOnlyList<HistoryEvent> History, DateTimeOffset Now);

    private static InstanceState NewState(ExecutionStarted start, DateTimeOffset now, InstanceState? previous) => new()
    {
        Name = start.Name,
        Status = OrchestrationRuntimeStatus.Pending,
        ExecutionId = start.ExecutionId,
        CreatedAt = now,
        LastUpdatedAt = now,
        Input = start.Input,
        Parent = start.Parent,
        Pending = [start with { At = start.At == default ? now : start.At }],
        Recent = previous?.Recent ?? [],
        Seq = previous?.Seq ?? 0,
    };

    /// <summary>A completion is applied only once, and only for a task this execution scheduled.</summary>
    private static bool IsAwaited(int taskId, IReadOnlyList<HistoryEvent> history, IReadOnlyList<HistoryEvent> pending, List<HistoryEvent> accepted)
    {
        bool scheduled = false;
        foreach (var e in history)
        {
            if (e is ScheduledEvent s && s.TaskId == taskId && s is not EventSent)
            {
                scheduled = true;
            }
            else if (e is CompletionEvent c && c.TaskId == taskId)
            {
                return false;
            }
        }

        return scheduled
            && !pending.Any(e => e is CompletionEvent c && c.TaskId == taskId)
            && !accepted.Any(e => e is CompletionEvent c && c.TaskId == taskId);
    }

    /// <summary>Keeps events for later (suspended, or a start that is not due): only the state row changes.</summary>
    private static TurnPlan Hold(TurnPlan plan, InstanceSnapshot? snapshot, InstanceState next, List<HistoryEvent> events, bool changed)
    {
        if (changed)
        {
            next = next with { Pending = events, Seq = next.Seq + 1 };
            plan.Commit = new TurnCommit(next, snapshot?.ETag, [], [], []);
        }

        return plan;
    }
}
