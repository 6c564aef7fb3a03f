using Workflows.Durable.History;

namespace Workflows.Durable.Replay;

/// <summary>What one turn decided: events to append, new work to dispatch and, maybe, the end of the execution.</summary>
internal sealed class TurnOutcome
{
    public List<HistoryEvent> Appended { get; } = [];

    public List<ScheduledEvent> Actions { get; } = [];

    public ExecutionCompleted? Completion { get; set; }

    public ContinueAsNewRequest? ContinueAsNew { get; set; }

    public bool CustomStatusSet { get; set; }

    public string? CustomStatus { get; set; }
}

internal sealed record ContinueAsNewRequest(string? Input, IReadOnlyList<EventRaised> CarriedEvents);
