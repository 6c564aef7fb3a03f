using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Durable.History;
using Workflows.Durable.Replay;

namespace Workflows.Durable.Tests;

/// <summary>
/// Drives an orchestrator turn by turn in memory (no storage): activities answer through a function, timers
/// fire at once. Every turn replays the whole history, exactly as the worker does.
/// </summary>
internal sealed class InMemoryDriver(ITaskOrchestrator orchestrator, Func<string, string?, string?> activity, ILoggerFactory? loggerFactory = null)
{
    public List<HistoryEvent> History { get; } = [];

    public int Turns { get; private set; }

    public TurnOutcome Run(string name, object? input, DateTimeOffset start, int maxTurns = 100)
    {
        var clock = start;
        var fresh = new List<HistoryEvent>
        {
            new OrchestratorStarted { At = clock },
            new ExecutionStarted(name, DurableJson.Serialize(input), "exec-1") { At = clock },
        };
        while (Turns++ < maxTurns)
        {
            var outcome = OrchestrationExecutor.Execute(orchestrator, "instance-1", History, fresh, loggerFactory ?? NullLoggerFactory.Instance);
            History.AddRange(outcome.Appended);
            if (outcome.Completion is not null || outcome.Actions.Count == 0)
            {
                return outcome;
            }

            clock = clock.AddMinutes(1);
            fresh = [new OrchestratorStarted { At = clock }];
            foreach (var action in outcome.Actions)
            {
                switch (action)
                {
                    case TaskScheduled t:
                        fresh.Add(new TaskCompleted(t.TaskId, activity(t.Name, t.Input)) { At = clock });
                        break;
                    case TimerCreated t:
                        clock = t.FireAt > clock ? t.FireAt : clock;
                        fresh[0] = new OrchestratorStarted { At = clock };
                        fresh.Add(new TimerFired(t.TaskId, t.FireAt) { At = clock });
                        break;
                }
            }
        }

        throw new InvalidOperationException("The orchestration did not finish within the turn limit.");
    }

    public TurnOutcome Raise(string name, object? payload, DateTimeOffset at)
    {
        var outcome = OrchestrationExecutor.Execute(
            orchestrator,
            "instance-1",
            History,
            [new OrchestratorStarted { At = at }, new EventRaised(name, DurableJson.Serialize(payload), Guid.NewGuid().ToString("N")) { At = at }],
            loggerFactory ?? NullLoggerFactory.Instance);
        History.AddRange(outcome.Appended);
        return outcome;
    }
}
