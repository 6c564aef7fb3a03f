using Workflows.Durable.History;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>What a turn will write, and how the cached snapshot looks afterwards.</summary>
internal sealed class TurnPlan
{
    public TurnCommit? Commit { get; set; }

    /// <summary>Outbox rows that are finished but not worth a transaction of their own (nothing else to write).</summary>
    public List<string> Cleanup { get; } = [];

    /// <summary>Messages that changed nothing, and why (duplicates, stale executions, unknown instances).</summary>
    public List<(ControlMessage Message, string Reason)> Dropped { get; } = [];

    /// <summary>Ids of messages for an instance that does not exist (yet): redelivered later rather than acknowledged.</summary>
    public List<string> NotFound { get; } = [];

    /// <summary>Answers to send that change no state here (a refused sub-orchestration start); resent on redelivery.</summary>
    public List<ControlMessage> Replies { get; } = [];

    /// <summary>The new execution has pending events to run at once (after ContinueAsNew).</summary>
    public bool RunAgain { get; set; }

    /// <summary>History of the previous execution no longer applies (ContinueAsNew, restart of a finished id).</summary>
    public bool ExecutionReset { get; set; }
}
