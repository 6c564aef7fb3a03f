using Azure;
using Azure.Data.Tables;

namespace Workflows.Messaging.Outbox;

/// <summary>
/// The outbox's one table: partition <c>message</c> holds a record per message (row key = file stem of its
/// idempotency key), partition <c>event</c> each event's latest state (row key = event id).
/// </summary>
internal sealed class OutboxTable(TableClient table)
{
    public const string MessagePartition = "message";
    public const string EventPartition = "event";

    // A flag, not a cached task: a creation that failed (storage briefly unreachable) must be tried again on the next
    // call, not rethrown for the life of the process. Concurrent first calls both create; that is harmless.
    private volatile bool _created;

    public async Task EnsureCreatedAsync()
    {
        if (!_created)
        {
            await table.CreateIfNotExistsAsync().ConfigureAwait(false);
            _created = true;
        }
    }

    public async Task<(EventState State, ETag ETag)?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(EventPartition, eventId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var e = response.Value;
        var state = new EventState(
            eventId,
            e.GetString("Organizer"),
            e.GetString("ICalUid"),
            e.GetInt32("Sequence") ?? 0,
            e.GetString("Subject") ?? string.Empty,
            e.GetDateTimeOffset("Start") ?? default,
            e.GetDateTimeOffset("End") ?? default,
            e.GetString("TimeZone"),
            e.GetString("Location"),
            e.GetBoolean("Online") ?? false,
            OutboxJson.Read<List<Attendee>>(e.GetString("Attendees"), []),
            OutboxJson.ReadLabels(e.GetString("Labels")),
            e.GetBoolean("Cancelled") ?? false,
            OutboxJson.Read<Dictionary<string, int>>(e.GetString("Applied"), []));
        return (state, e.ETag);
    }

    /// <summary>Adds the state of a new event; false when it already exists (a concurrent retry won).</summary>
    public async Task<bool> TryAddEventAsync(EventState state, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(state), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces an event's state if nobody changed it since it was read; false when the ETag no longer matches.</summary>
    public async Task<bool> TryReplaceEventAsync(EventState state, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(ToEntity(state), etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<OutboxRecord?> GetRecordAsync(string stem, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(MessagePartition, RecordKey(stem), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? ToRecord(response.Value) : null;
    }

    public async Task PutRecordAsync(string stem, OutboxRecord record, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(MessagePartition, RecordKey(stem))
        {
            ["IdempotencyKey"] = record.IdempotencyKey,
            ["Channel"] = record.Channel.ToString(),
            ["Status"] = record.Status.ToString(),
            ["At"] = record.At,
            ["Recipients"] = OutboxJson.Write(record.Recipients),
            ["Subject"] = record.Subject,
            ["Kind"] = record.Labels.Kind,
            ["Labels"] = OutboxJson.WriteLabels(record.Labels),
            ["FileName"] = record.FileName,
            ["EventId"] = record.EventId,
            ["Sequence"] = record.Sequence,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxRecord>> ListRecordsAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        var records = new List<OutboxRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MessagePartition}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToRecord(entity));
        }

        return records;
    }

    /// <summary>
    /// The record's row key: the file stem with '!' for '%'. Azure Tables double-decodes the keys in the URL of point
    /// reads and upserts, so a '%' there can miss the row or store it under another key. The stem escapes every '!'
    /// (as %21), so the swap stays one-to-one.
    /// </summary>
    internal static string RecordKey(string stem) => stem.Replace('%', '!');

    private static OutboxRecord ToRecord(TableEntity e) => new(
        e.GetString("IdempotencyKey"),
        Enum.Parse<OutboxChannel>(e.GetString("Channel")),
        Enum.Parse<OutboxStatus>(e.GetString("Status")),
        e.GetDateTimeOffset("At") ?? default,
        OutboxJson.Read<List<string>>(e.GetString("Recipients"), []),
        e.GetString("Subject") ?? string.Empty,
        OutboxJson.ReadLabels(e.GetString("Labels")),
        e.GetString("FileName"),
        e.GetString("EventId"),
        e.GetInt32("Sequence"));

    private static TableEntity ToEntity(EventState state) => new(EventPartition, state.EventId)
    {
        ["Organizer"] = state.Organizer,
        ["ICalUid"] = state.ICalUid,
        ["Sequence"] = state.Sequence,
        ["Subject"] = state.Subject,
        ["Start"] = state.Start,
        ["End"] = state.End,
        ["TimeZone"] = state.TimeZone,
        ["Location"] = state.Location,
        ["Online"] = state.Online,
        ["Attendees"] = OutboxJson.Write(state.Attendees),
        ["Labels"] = OutboxJson.WriteLabels(state.Labels),
        ["Cancelled"] = state.Cancelled,
        ["Applied"] = OutboxJson.Write(state.Applied),
    };
}
