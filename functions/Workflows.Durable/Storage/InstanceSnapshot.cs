using Azure;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>Everything one partition query returns about an instance: state, current history, outbox rows.</summary>
internal sealed class InstanceSnapshot
{
    public required string InstanceId { get; init; }

    public required InstanceState State { get; set; }

    public required ETag ETag { get; set; }

    public List<HistoryEvent> History { get; } = [];

    /// <summary>Row keys holding <see cref="History"/>: deleted when the execution continues as new.</summary>
    public List<string> HistoryRows { get; } = [];

    public Dictionary<string, OutboxRow> Outbox { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows of earlier executions (after ContinueAsNew or a restart), deleted as commits have room.</summary>
    public List<string> StaleRows { get; } = [];
}
