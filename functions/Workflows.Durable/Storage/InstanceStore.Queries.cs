using Azure;
using Azure.Data.Tables;

namespace Workflows.Durable.Storage;

internal sealed partial class InstanceStore
{
    public async Task<Page<OrchestrationMetadata>> QueryPageAsync(OrchestrationQuery query, string? continuationToken, int? pageSizeHint, CancellationToken cancellationToken)
    {
        int pageSize = pageSizeHint ?? query.PageSize;
        string filter = BuildFilter(query);
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken ?? query.ContinuationToken, pageSize).ConfigureAwait(false))
        {
            var items = new List<OrchestrationMetadata>(page.Values.Count);
            foreach (var entity in page.Values)
            {
                var full = query.FetchInputsAndOutputs ? await StateEntity.FromEntityAsync(entity, payloads, cancellationToken).ConfigureAwait(false) : null;
                items.Add(StateEntity.ToMetadata(entity, full));
            }

            return Page<OrchestrationMetadata>.FromValues(items, page.ContinuationToken, page.GetRawResponse());
        }

        return Page<OrchestrationMetadata>.FromValues([], null, null!);
    }

    /// <summary>Removes an instance's partition and payload blobs; the state row goes in the first batch so the instance disappears at once.</summary>
    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        bool hadState = false;
        ETag stateETag = ETag.All;
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Status"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == RowKeys.State)
            {
                hadState = true;
                var status = Enum.Parse<OrchestrationRuntimeStatus>(row.GetString("Status"));
                if (status is not (OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
                {
                    throw new InvalidOperationException($"Instance '{instanceId}' is {status}; only completed, failed or terminated instances can be purged.");
                }

                stateETag = row.ETag;
            }
            else if (row.RowKey.StartsWith(RowKeys.OutboxPrefix, StringComparison.Ordinal))
            {
                // A finished instance may still owe a message (its parent's completion report): not before it is sent.
                throw new InvalidOperationException($"Instance '{instanceId}' still has messages to send; purge it again shortly.");
            }

            keys.Add(row.RowKey);
        }

        keys.Sort(StringComparer.Ordinal);
        try
        {
            // The state row sorts first and is deleted with the ETag read: a restart in between refuses the purge.
            foreach (var chunk in keys.Chunk(MaxOperations))
            {
                await Table.SubmitTransactionAsync(
                    chunk.Select(rk => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(instanceId, rk), rk == RowKeys.State ? stateETag : ETag.All)),
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TableTransactionFailedException e) when (IsConflict(e))
        {
            throw new InvalidOperationException($"Instance '{instanceId}' changed while it was being purged; nothing more was deleted.", e);
        }

        await payloads.DeleteInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return hadState;
    }

    private static string BuildFilter(OrchestrationQuery query)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {RowKeys.State}") };
        if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
        {
            // Prefix as a key range: the service answers it from the index instead of a scan.
            string end = query.InstanceIdPrefix[..^1] + (char)(query.InstanceIdPrefix[^1] + 1);
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey ge {query.InstanceIdPrefix} and PartitionKey lt {end}"));
        }

        if (query.CreatedFrom is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (query.CreatedTo is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt le {to}"));
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}"))) + ")");
        }

        return string.Join(" and ", parts);
    }
}
