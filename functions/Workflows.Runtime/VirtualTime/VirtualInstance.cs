using DurableTask.Core;
using DurableTask.Core.History;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// One instance as the store knows it: its current execution's committed history and state (the Instances row and
/// History rows of the Azure Storage provider) and its queue of messages. Guarded by the runtime's lock.
/// </summary>
internal sealed class VirtualInstance(string instanceId, ExecutionStartedEvent started, DateTimeOffset createdAt)
{
    public string InstanceId { get; } = instanceId;

    /// <summary>The current execution's start: name, input, execution id, parent.</summary>
    public ExecutionStartedEvent Started { get; set; } = started;

    /// <summary>Committed history of the current execution, oldest first (empty until its first turn).</summary>
    public IReadOnlyList<HistoryEvent> History { get; set; } = [];

    public OrchestrationStatus Status { get; set; } = OrchestrationStatus.Pending;

    public string? CustomStatus { get; set; }

    /// <summary>The result, or for a failed instance the failure's text, as DTFx's OrchestrationState.Output.</summary>
    public string? Output { get; set; }

    public FailureDetails? Failure { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = createdAt;

    public DateTimeOffset LastUpdatedAt { get; set; } = createdAt;

    public Queue<InstanceMessage> Inbox { get; } = new();

    /// <summary>A turn is running; the next waits for it (each instance's turns strictly in order).</summary>
    public bool Running { get; set; }

    public bool IsTerminal => Status is OrchestrationStatus.Completed or OrchestrationStatus.Failed
        or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled;
}
