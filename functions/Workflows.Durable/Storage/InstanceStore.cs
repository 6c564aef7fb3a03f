using Azure;
using Azure.Data.Tables;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>
/// Reads and writes instance partitions. One query loads an instance (state, history, outbox); one entity-group
/// transaction commits a turn. Partial by facet: load, commit, client operations.
/// </summary>
internal sealed partial class InstanceStore(TaskHubStorage storage, PayloadStore payloads)
{
    private TableClient Table => storage.Instances;

    public PayloadStore Payloads => payloads;

    public async Task<InstanceSnapshot?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var stateRow = rows.Find(r => r.RowKey == RowKeys.State);
        if (stateRow is null)
        {
            return null;
        }

        var state = await StateEntity.FromEntityAsync(stateRow, payloads, cancellationToken).ConfigureAwait(false);
        var snapshot = new InstanceSnapshot { InstanceId = instanceId, State = state, ETag = stateRow.ETag };
        foreach (var row in rows.Where(r => r.RowKey != RowKeys.State).OrderBy(r => r.RowKey, StringComparer.Ordinal))
        {
            if (RowKeys.IsHistoryOf(row.RowKey, state.ExecutionId))
            {
                string json = await ReadTextAsync(row, "Events", cancellationToken).ConfigureAwait(false);
                snapshot.History.AddRange(DurableJson.Deserialize<List<HistoryEvent>>(json) ?? []);
                snapshot.HistoryRows.Add(row.RowKey);
            }
            else if (row.RowKey.StartsWith(RowKeys.OutboxPrefix, StringComparison.Ordinal))
            {
                string json = await ReadTextAsync(row, "Items", cancellationToken).ConfigureAwait(false);
                var items = DurableJson.Deserialize<List<OutboxItem>>(json) ?? [];
                snapshot.Outbox[row.RowKey] = new OutboxRow(row.RowKey, items, row.GetDateTimeOffset("WrittenAt") ?? default);
            }
            else
            {
                snapshot.StaleRows.Add(row.RowKey);
            }
        }

        return snapshot;
    }

    public async Task<OrchestrationMetadata?> GetMetadataAsync(string instanceId, bool withPayloads, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(instanceId, RowKeys.State, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var full = withPayloads ? await StateEntity.FromEntityAsync(response.Value, payloads, cancellationToken).ConfigureAwait(false) : null;
        return StateEntity.ToMetadata(response.Value, full);
    }

    private async Task<string> ReadTextAsync(TableEntity row, string property, CancellationToken cancellationToken)
    {
        string? blob = row.GetString("Blob");
        if (blob is not null)
        {
            return await payloads.GetAsync(blob, cancellationToken).ConfigureAwait(false);
        }

        return PropertyChunks.Get(row, property) ?? "[]";
    }

    /// <summary>Text that fits a row stays inline; the rest goes to a blob written before the commit that refers to it.</summary>
    private async Task SetTextAsync(TableEntity row, string property, string text, bool forceBlob, CancellationToken cancellationToken)
    {
        if (forceBlob || text.Length > PropertyChunks.MaxCharsPerEntity)
        {
            row["Blob"] = await payloads.PutAsync(row.PartitionKey, text, cancellationToken).ConfigureAwait(false);
            return;
        }

        PropertyChunks.Set(row, property, text);
    }

    internal static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412 or 404;
}
