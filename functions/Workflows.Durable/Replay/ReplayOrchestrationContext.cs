using Microsoft.Extensions.Logging;
using Workflows.Durable.History;

namespace Workflows.Durable.Replay;

/// <summary>
/// The context handed to orchestrator code during one turn. It matches every action the code takes against
/// history by task id, and completes the code's tasks from recorded results. Partial by facet: tasks, events.
/// </summary>
internal sealed partial class ReplayOrchestrationContext : TaskOrchestrationContext
{
    private readonly string _instanceId;
    private readonly string _executionId;
    private readonly TaskName _name;
    private readonly string? _input;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TurnTaskScheduler _scheduler;
    private readonly Dictionary<int, ScheduledEvent> _recorded = [];
    private readonly HashSet<int> _matched = [];
    private DateTime _now;
    private bool _replaying;
    private int _nextTaskId;
    private int _guidCounter;

    public ReplayOrchestrationContext(
        ExecutionStarted started,
        string instanceId,
        IEnumerable<HistoryEvent> past,
        TurnTaskScheduler scheduler,
        ILoggerFactory loggerFactory)
    {
        _instanceId = instanceId;
        _executionId = started.ExecutionId;
        _name = started.Name;
        _input = started.Input;
        _scheduler = scheduler;
        _loggerFactory = loggerFactory;
        foreach (var e in past)
        {
            if (e is ScheduledEvent s)
            {
                _recorded[s.TaskId] = s;
            }
        }
    }

    public override TaskName Name => _name;

    public override string InstanceId => _instanceId;

    public override DateTime CurrentUtcDateTime => _now;

    public override bool IsReplaying => _replaying;

    protected override ILoggerFactory LoggerFactory => _loggerFactory;

    public List<ScheduledEvent> NewActions { get; } = [];

    public NonDeterminismException? Divergence { get; private set; }

    public ContinueAsNewRequestDraft? PendingContinueAsNew { get; private set; }

    public bool CustomStatusSet { get; private set; }

    public string? CustomStatus { get; private set; }

    internal void SetClock(DateTimeOffset at) => _now = at.UtcDateTime;

    internal void SetReplaying(bool replaying) => _replaying = replaying;

    public override T? GetInput<T>() where T : default => DurableJson.Deserialize<T>(_input);

    public override void SetCustomStatus(object? customStatus)
    {
        EnsureOrchestratorThread();
        CustomStatusSet = true;
        CustomStatus = DurableJson.Serialize(customStatus);
    }

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        EnsureOrchestratorThread();
        PendingContinueAsNew = new ContinueAsNewRequestDraft(DurableJson.Serialize(newInput), preserveUnprocessedEvents);
    }

    public override Guid NewGuid()
    {
        EnsureOrchestratorThread();
        return DeterministicGuid.Create(FormattableString.Invariant($"{_instanceId}_{_executionId}_{_now:O}_{_guidCounter++}"));
    }

    /// <summary>History entries the code never reproduced: a shortened path is a divergence too.</summary>
    internal void CheckAllRecordedActionsReplayed()
    {
        if (Divergence is not null)
        {
            return;
        }

        foreach (var (taskId, recorded) in _recorded.OrderBy(p => p.Key))
        {
            if (!_matched.Contains(taskId))
            {
                Divergence = NonDeterminismException.Missing(_name.Name, taskId, Describe(recorded));
                return;
            }
        }
    }

    /// <summary>The code waits, but on nothing the engine will ever complete: it escaped the durable world.</summary>
    internal void Escaped() => Divergence ??= new NonDeterminismException(
        $"Orchestration '{_name}' is awaiting something that is not a durable task (Task.Run, Task.Delay, I/O, or such work with " +
        "ConfigureAwait(false)); orchestrator code may only await the tasks its context returns (see the engine's determinism rules).");

    /// <summary>
    /// Records a scheduling action: replayed ones must equal what history holds for the same task id,
    /// new ones become this turn's actions.
    /// </summary>
    private void Record(ScheduledEvent action)
    {
        if (_recorded.TryGetValue(action.TaskId, out var recorded))
        {
            _matched.Add(action.TaskId);
            if (!SameAction(recorded, action))
            {
                Divergence ??= NonDeterminismException.Mismatch(_name.Name, action.TaskId, Describe(recorded), Describe(action));
                throw Divergence;
            }

            return;
        }

        NewActions.Add(action with { At = _now });
    }

    private static bool SameAction(ScheduledEvent recorded, ScheduledEvent actual) => (recorded, actual) switch
    {
        (TaskScheduled a, TaskScheduled b) => new TaskName(a.Name).Equals(new TaskName(b.Name)),
        (TimerCreated, TimerCreated) => true,
        (SubOrchestrationCreated a, SubOrchestrationCreated b) => new TaskName(a.Name).Equals(new TaskName(b.Name)),
        (EventSent a, EventSent b) => a.Name == b.Name && a.InstanceId == b.InstanceId,
        _ => false,
    };

    internal static string Describe(ScheduledEvent e) => e switch
    {
        TaskScheduled t => $"CallActivity('{t.Name}')",
        TimerCreated t => $"CreateTimer({t.FireAt:O})",
        SubOrchestrationCreated s => $"CallSubOrchestrator('{s.Name}')",
        EventSent s => $"SendEvent('{s.InstanceId}', '{s.Name}')",
        _ => e.GetType().Name,
    };

    /// <summary>
    /// Orchestrator code that escaped the turn scheduler (Task.Run, ConfigureAwait(false), real I/O) would act
    /// at a time history cannot reproduce; refuse it loudly instead of corrupting the instance.
    /// </summary>
    private void EnsureOrchestratorThread()
    {
        if (!_scheduler.IsPumpThread)
        {
            throw new InvalidOperationException(
                $"Orchestration '{_name}' called its context outside the orchestrator thread. Orchestrator code must not use " +
                "Task.Run, ConfigureAwait(false) or non-durable awaits (see the engine's determinism rules).");
        }
    }
}

internal sealed record ContinueAsNewRequestDraft(string? Input, bool PreserveUnprocessedEvents);
