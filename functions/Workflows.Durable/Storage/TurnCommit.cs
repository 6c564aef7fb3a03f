using Azure;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>
/// Everything one turn writes, committed as one entity-group transaction in the instance's partition:
/// the state row (ETag-checked), the turn's history rows, its outbox rows, and deletions of finished rows.
/// </summary>
internal sealed record TurnCommit(
    InstanceState State,
    ETag? IfMatch,
    IReadOnlyList<HistoryEvent> Appended,
    IReadOnlyList<OutboxRow> Outbox,
    IReadOnlyList<string> Deletes);

/// <summary>The new state ETag and which of the requested deletions were included (the rest wait for a later commit).</summary>
internal sealed record CommitResult(ETag ETag, IReadOnlyList<string> Deleted, IReadOnlyList<string> HistoryRows);
