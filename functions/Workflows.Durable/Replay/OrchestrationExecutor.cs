using Microsoft.Extensions.Logging;
using Workflows.Durable.History;

namespace Workflows.Durable.Replay;

/// <summary>
/// Runs one turn: replays orchestrator code over the recorded history, then applies the new events, and
/// reports what the code decided. Pure with respect to storage: the caller commits the outcome.
/// </summary>
internal static class OrchestrationExecutor
{
    public static TurnOutcome Execute(
        ITaskOrchestrator orchestrator,
        string instanceId,
        IReadOnlyList<HistoryEvent> past,
        IReadOnlyList<HistoryEvent> fresh,
        ILoggerFactory loggerFactory)
    {
        var started = past.OfType<ExecutionStarted>().FirstOrDefault() ?? fresh.OfType<ExecutionStarted>().First();
        var scheduler = new TurnTaskScheduler();
        var context = new ReplayOrchestrationContext(started, instanceId, past, scheduler, loggerFactory);
        var outcome = new TurnOutcome();
        Task<object?>? run = null;

        int total = past.Count + fresh.Count;
        int i = 0;
        for (; i < total; i++)
        {
            bool replaying = i < past.Count;
            HistoryEvent e = replaying ? past[i] : fresh[i - past.Count];
            context.SetReplaying(replaying);
            if (!replaying)
            {
                outcome.Appended.Add(e);
            }

            switch (e)
            {
                case OrchestratorStarted:
                    context.SetClock(e.At);
                    break;
                case ExecutionStarted:
                    run = Start(orchestrator, context, started, scheduler);
                    break;
                case CompletionEvent completion:
                    Run(scheduler, () => context.Complete(completion));
                    break;
                case EventRaised raised:
                    Run(scheduler, () => context.Raise(raised));
                    break;
            }

            scheduler.RunUntilIdle();
            if (context.Divergence is not null)
            {
                break;
            }

            // Events after the end of the execution are not part of it.
            if (!replaying && (run is { IsCompleted: true } || context.PendingContinueAsNew is not null))
            {
                i++;
                break;
            }
        }

        context.SetReplaying(false);
        context.CheckAllRecordedActionsReplayed();
        if (run is { IsCompleted: false } && context.PendingContinueAsNew is null && !context.HasDurableWork)
        {
            context.Escaped();
        }

        outcome.CustomStatusSet = context.CustomStatusSet;
        outcome.CustomStatus = context.CustomStatus;
        DateTimeOffset now = fresh.Count > 0 ? fresh[0].At : default;

        if (context.Divergence is { } divergence)
        {
            outcome.Completion = Failed(now, new TaskFailureDetails(NonDeterminismException.ErrorType, divergence.Message));
            outcome.Appended.Add(outcome.Completion);
            return outcome;
        }

        outcome.Actions.AddRange(context.NewActions);
        outcome.Appended.AddRange(context.NewActions);

        if (context.PendingContinueAsNew is { } next && (run is null || !run.IsFaulted))
        {
            // Buffered events nobody awaited, then those this turn never reached, in arrival order.
            var unreached = fresh.Skip(Math.Max(0, i - past.Count)).OfType<EventRaised>();
            var carried = next.PreserveUnprocessedEvents ? context.UnconsumedEvents().Concat(unreached).ToList() : [];
            outcome.ContinueAsNew = new ContinueAsNewRequest(next.Input, carried);
            return outcome;
        }

        if (run is { IsCompleted: true })
        {
            outcome.Completion = run.Status == TaskStatus.RanToCompletion
                ? new ExecutionCompleted(OrchestrationRuntimeStatus.Completed, DurableJson.Serialize(run.Result), null) { At = now }
                : Failed(now, TaskFailureDetails.FromException(run.Exception?.InnerException ?? new TaskCanceledException()));
            outcome.Appended.Add(outcome.Completion);
        }

        return outcome;
    }

    private static ExecutionCompleted Failed(DateTimeOffset at, TaskFailureDetails failure)
        => new(OrchestrationRuntimeStatus.Failed, null, failure) { At = at };

    private static Task<object?> Start(ITaskOrchestrator orchestrator, ReplayOrchestrationContext context, ExecutionStarted started, TurnTaskScheduler scheduler)
    {
        return Task.Factory.StartNew(
            () =>
            {
                object? input = DurableJson.Deserialize(started.Input, orchestrator.InputType)
                    ?? (orchestrator.InputType.IsValueType ? Activator.CreateInstance(orchestrator.InputType) : null);
                return orchestrator.RunAsync(context, input);
            },
            CancellationToken.None,
            TaskCreationOptions.None,
            scheduler).Unwrap();
    }

    /// <summary>Completes a task from inside the scheduler so awaiting code resumes there, on this thread.</summary>
    private static void Run(TurnTaskScheduler scheduler, Action action)
        => Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.None, scheduler);
}
