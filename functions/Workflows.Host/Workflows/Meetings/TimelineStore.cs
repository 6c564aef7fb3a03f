using System.Text.Json;
using Azure.Data.Tables;

namespace Workflows.Host.Meetings;

/// <summary>
/// The timeline in Table Storage, the one source of truth for <c>timeline.json</c> and the dashboard.
/// PK = partnership id, RK = the idempotency key of the step that recorded it: a redelivered activity writes
/// the same row again (its <c>At</c> comes from the orchestration, so the row is identical), never a second one.
/// </summary>
public sealed class TimelineStore(TableClient table)
{
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public async Task RecordAsync(string partnershipId, string key, TimelineEvent entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _created.Value.ConfigureAwait(false);
        var entity = new TableEntity(partnershipId, RowKey(key))
        {
            ["Event"] = JsonSerializer.Serialize(entry, Json),
            ["At"] = entry.At.UtcDateTime,
            ["Kind"] = entry.Kind,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every event of a partnership (all partnerships when null), sorted by time then kind.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> ReadAsync(string? partnershipId = null, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var events = new List<TimelineEvent>();
        var rows = partnershipId is null
            ? table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId, cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (row.GetString("Event") is { } json && JsonSerializer.Deserialize<TimelineEvent>(json, Json) is { } entry)
            {
                events.Add(entry);
            }
        }

        return [.. events.OrderBy(e => e.At).ThenBy(e => e.Instance, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)];
    }

    // Table keys may not hold '/', '\', '#' or '?'; idempotency keys hold '/'.
    private static string RowKey(string key) => key.Replace('/', '|').Replace('\\', '|').Replace('#', '|').Replace('?', '|');

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>For tests: the raw row count, to show a redelivery did not add one.</summary>
    internal async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        int count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
