using Azure.Data.Tables;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Benchmarks;

/// <summary>
/// When the storage service committed an instance's final state: the server-side Timestamp of its state row, read
/// with a plain table client so the reads are counted on neither hub. This is when the instance really completed,
/// unlike the moment the client's back-off polling (up to 500 ms apart) happened to notice it.
/// </summary>
internal sealed class CommitStamps(string connectionString, DurableTaskHub hub)
{
    private readonly TableClient _instances = new(connectionString, hub.Storage.Names.InstancesTable);

    public async Task<DateTimeOffset?> LatestAsync(IEnumerable<string> instanceIds, CancellationToken cancellationToken)
    {
        var stamps = await Task.WhenAll(instanceIds.Select(async id =>
            (await _instances.GetEntityAsync<TableEntity>(id, RowKeys.State, cancellationToken: cancellationToken)).Value.Timestamp));
        return stamps.Max();
    }
}
