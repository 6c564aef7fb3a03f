using Azure;
using Azure.Data.Tables;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// Recovery for the transactional outbox: rows older than the lease belong to a worker that died between
/// commit and relay. A sweeper claims such a row by rewriting its time under the row's ETag (so one sweeper
/// of many wins), sends its items again through queues and the timer index (receivers deduplicate), then
/// removes the row if nobody changed it meanwhile.
/// </summary>
internal static class OutboxSweeper
{
    public static async Task<int> SweepAsync(DurableTaskHub hub, TimeSpan lease, CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.System.GetUtcNow() - lease;
        string filter = TableClient.CreateQueryFilter($"RowKey ge {RowKeys.OutboxPrefix} and RowKey lt {"o}"} and WrittenAt le {cutoff}");
        int swept = 0;
        await foreach (var row in hub.Storage.Instances.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Claim the row first (ETag-conditional), so sweepers of several workers do not all send it.
            ETag claimed;
            try
            {
                var claim = new TableEntity(row.PartitionKey, row.RowKey) { ["WrittenAt"] = TimeProvider.System.GetUtcNow() };
                claimed = (await hub.Storage.Instances.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false)).Headers.ETag ?? ETag.All;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                continue;
            }

            string json = row.GetString("Blob") is { } blob
                ? await hub.Payloads.GetAsync(blob, cancellationToken).ConfigureAwait(false)
                : PropertyChunks.Get(row, "Items") ?? "[]";
            foreach (var item in DurableJson.Deserialize<List<OutboxItem>>(json) ?? [])
            {
                await OutboxRelay.SendAsync(hub, item, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await hub.Storage.Instances.DeleteEntityAsync(row.PartitionKey, row.RowKey, claimed, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Its owner is alive after all and finished with it.
            }

            swept++;
        }

        return swept;
    }
}
