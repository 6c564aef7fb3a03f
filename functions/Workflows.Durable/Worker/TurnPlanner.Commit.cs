using Workflows.Durable.History;
using Workflows.Durable.Replay;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

internal sealed partial class TurnPlanner
{
    private TurnPlan Run(Turn turn, InstanceState next, List<HistoryEvent> fresh)
    {
        if (!registry.TryCreateOrchestrator(next.Name, services, out var orchestrator))
        {
            var missing = new TaskFailureDetails("OrchestratorNotFound", $"No orchestrator named '{next.Name}' is registered with this worker.");
            return Finish(turn, next, new ExecutionCompleted(OrchestrationRuntimeStatus.Failed, null, missing) { At = turn.Now }, fresh);
        }

        var outcome = OrchestrationExecutor.Execute(orchestrator, turn.InstanceId, turn.History, fresh, loggerFactory);
        if (outcome.CustomStatusSet)
        {
            next = next with { CustomStatus = outcome.CustomStatus };
        }

        var items = outcome.Actions.Select(a => ToItem(turn.InstanceId, next.ExecutionId, a, turn.Now)).ToList();
        if (outcome.Completion is { } done)
        {
            return Finish(turn, next, done, outcome.Appended.Where(e => e is not ExecutionCompleted).ToList(), items);
        }

        if (outcome.ContinueAsNew is { } again)
        {
            // The old execution's history is dropped, not appended to: only its outbound messages survive.
            string executionId = NewExecutionId();
            var start = new ExecutionStarted(next.Name, again.Input, executionId, next.Parent) { At = turn.Now };
            next = next with
            {
                ExecutionId = executionId,
                Input = again.Input,
                Output = null,
                Failure = null,
                Pending = [start, .. again.CarriedEvents],
            };
            items.Add(new SendControl(new ControlMessage(turn.InstanceId, executionId, null, $"{turn.InstanceId}/{executionId}/wake")));
            turn.Plan.RunAgain = true;
            turn.Plan.ExecutionReset = true;
            return Write(turn with { History = [] }, next, [], items);
        }

        return Write(turn, next, outcome.Appended, items);
    }

    private TurnPlan Finish(Turn turn, InstanceState next, ExecutionCompleted done, List<HistoryEvent> appended, List<OutboxItem>? items = null)
    {
        items ??= [];
        string instanceId = turn.InstanceId;
        DateTimeOffset now = turn.Now;
        next = next with { Status = done.Status, Output = done.Output, Failure = done.Failure, CompletedAt = now, Pending = [] };
        if (next.Parent is { } parent)
        {
            HistoryEvent report = done.Status == OrchestrationRuntimeStatus.Completed
                ? new SubOrchestrationCompleted(parent.TaskId, done.Output) { At = now }
                : new SubOrchestrationFailed(parent.TaskId, done.Failure ?? new TaskFailureDetails("Terminated", $"Sub-orchestration '{instanceId}' was terminated: {done.Output}")) { At = now };
            items.Add(new SendControl(new ControlMessage(parent.InstanceId, parent.ExecutionId, report, $"{instanceId}/{next.ExecutionId}/done")));
        }

        if (appended.Count == 0 || appended[0] is not OrchestratorStarted)
        {
            appended.Insert(0, new OrchestratorStarted { At = now });
        }

        appended.Add(done);
        return Write(turn, next, appended, items);
    }

    private TurnPlan Write(Turn turn, InstanceState next, IReadOnlyList<HistoryEvent> appended, List<OutboxItem> items)
    {
        var snapshot = turn.Snapshot;
        next = next with { Seq = next.Seq + 1, LastUpdatedAt = turn.Now };
        var outbox = SplitOutbox(turn.InstanceId, next, items);
        var deletes = FinishedOutboxRows(turn.InstanceId, snapshot, next, turn.History.Concat(appended)).ToList();
        if (snapshot is not null)
        {
            deletes.AddRange(snapshot.StaleRows);
            if (turn.Plan.ExecutionReset)
            {
                deletes.AddRange(snapshot.HistoryRows);
            }
        }

        turn.Plan.Commit = new TurnCommit(next, snapshot?.ETag, appended, outbox, deletes.Distinct().ToList());
        return turn.Plan;
    }

    /// <summary>
    /// Work this worker may run itself stays in its own row until the results are in; messages go in another
    /// row that is deleted once sent. Mixed in one row, a slow activity would keep finished messages around
    /// for the sweeper to send again, and a long-lived message would make the sweeper rerun finished work.
    /// </summary>
    private List<OutboxRow> SplitOutbox(string instanceId, InstanceState next, List<OutboxItem> items)
    {
        var writtenAt = realClock.GetUtcNow();
        var rows = new List<OutboxRow>(2);
        var work = items.Where(i => IsWork(instanceId, i)).ToList();
        var messages = items.Where(i => !IsWork(instanceId, i)).ToList();
        if (work.Count > 0)
        {
            rows.Add(new OutboxRow(RowKeys.Outbox(next.ExecutionId, next.Seq, 'a'), work, writtenAt));
        }

        if (messages.Count > 0)
        {
            rows.Add(new OutboxRow(RowKeys.Outbox(next.ExecutionId, next.Seq, 'm'), messages, writtenAt));
        }

        return rows;
    }

    internal static bool IsWork(string instanceId, OutboxItem item)
        => item is RunActivity || item is SendControl { Message: { Event: null } wake } && wake.InstanceId == instanceId;

    private static TurnPlan CleanUp(Turn turn)
    {
        if (turn.Snapshot is { } snapshot)
        {
            turn.Plan.Cleanup.AddRange(FinishedOutboxRows(turn.InstanceId, snapshot, snapshot.State, turn.History));
        }

        return turn.Plan;
    }

    /// <summary>
    /// Outbox rows whose every item is known to have had its effect, judged from history: results recorded,
    /// timers fired, the wake-up being processed now. Such rows go in the same transaction at no extra cost.
    /// </summary>
    private static IEnumerable<string> FinishedOutboxRows(string instanceId, InstanceSnapshot? snapshot, InstanceState state, IEnumerable<HistoryEvent> history)
    {
        if (snapshot is null || snapshot.Outbox.Count == 0)
        {
            return [];
        }

        // Work and timers of a finished execution can no longer matter; messages to others still must go out.
        var done = history.OfType<CompletionEvent>().Select(c => c.TaskId).ToHashSet();
        bool over = state.IsTerminal;
        return snapshot.Outbox.Values.Where(row => row.Items.All(item => item switch
        {
            SendControl { Message: { Event: null } wake } => wake.InstanceId == instanceId,
            RunActivity { WorkItem: var w } => over || w.ExecutionId != state.ExecutionId || done.Contains(w.TaskId),
            ArmTimer { Timer: { TimerId: TimerRecord.WakeTimerId } } => state.Status != OrchestrationRuntimeStatus.Pending,
            ArmTimer { Timer: var t } => over || t.ExecutionId != state.ExecutionId || done.Contains(t.TimerId),
            SendControl { Message.Event: ExecutionStarted { Parent: { } p } } => p.ExecutionId != state.ExecutionId || done.Contains(p.TaskId),
            _ => false,
        })).Select(row => row.RowKey);
    }

    private static OutboxItem ToItem(string instanceId, string executionId, ScheduledEvent action, DateTimeOffset now) => action switch
    {
        TaskScheduled t => new RunActivity(new ActivityWorkItem(instanceId, executionId, t.TaskId, t.Name, t.Input, t.IdempotencyKey)),
        TimerCreated t => new ArmTimer(new TimerRecord(instanceId, executionId, t.TaskId, t.FireAt)),
        SubOrchestrationCreated s => StartChild(instanceId, executionId, s, now),
        EventSent e => new SendControl(new ControlMessage(
            e.InstanceId,
            null,
            new EventRaised(e.Name, e.Input, $"{instanceId}/{executionId}/{e.TaskId}/event") { At = now },
            $"{instanceId}/{executionId}/{e.TaskId}/event")),
        _ => throw new InvalidOperationException($"Unknown action {action.GetType().Name}."),
    };

    private static SendControl StartChild(string instanceId, string executionId, SubOrchestrationCreated s, DateTimeOffset now)
    {
        string messageId = $"{instanceId}/{executionId}/{s.TaskId}/start";
        var start = new ExecutionStarted(s.Name, s.Input, NewExecutionId(), new ParentInstance(instanceId, executionId, s.TaskId), messageId) { At = now };
        return new SendControl(new ControlMessage(s.InstanceId, null, start, messageId));
    }

    internal static string NewExecutionId() => Guid.NewGuid().ToString("N");
}
