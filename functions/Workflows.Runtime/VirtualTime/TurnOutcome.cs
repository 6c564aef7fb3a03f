using DurableTask.Core;
using DurableTask.Core.History;

namespace Workflows.Runtime.VirtualTime;

/// <summary>What one orchestration turn produced: the new history and the work it hands to others.</summary>
internal sealed class TurnOutcome(OrchestrationRuntimeState state)
{
    /// <summary>The execution's history after the turn (a new execution's after continue-as-new).</summary>
    public OrchestrationRuntimeState State { get; set; } = state;

    /// <summary>False when every message was dropped: nothing ran and the history stays as it was.</summary>
    public bool Executed { get; set; }

    /// <summary>Events for instances: raised events, sub-orchestration starts and results (to itself too).</summary>
    public List<InstanceMessage> Messages { get; } = [];

    /// <summary>Activities to run, each with the execution that scheduled it.</summary>
    public List<(OrchestrationInstance Instance, TaskScheduledEvent Task)> Activities { get; } = [];

    /// <summary>Durable timers: the TimerFired message DTFx makes when the timer is created, due at its FireAt.</summary>
    public List<InstanceMessage> Timers { get; } = [];
}
