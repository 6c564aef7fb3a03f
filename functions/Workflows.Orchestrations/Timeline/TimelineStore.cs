using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Workflows.Partnerships.Limits;

namespace Workflows.Orchestrations.Timeline;

/// <summary>
/// The timeline in Table Storage, the one source of truth for <c>timeline.json</c> and the dashboard.
/// PK = partnership id, RK = the idempotency key of the step that recorded it: a redelivered activity finds the
/// row there and leaves it (its <c>At</c> comes from the orchestration, so it is the same event), never adds a second.
/// </summary>
public sealed class TimelineStore(TableClient table)
{
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public async Task RecordAsync(string partnershipId, string key, TimelineEvent entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _created.Value;
        var entity = new TableEntity(partnershipId, KeyOf(key))
        {
            ["Event"] = Serialize(entry),
            ["At"] = entry.At.UtcDateTime,
            ["Kind"] = entry.Kind,

            // Events of one instant (a change and the update it causes) keep the order they happened in.
            ["Recorded"] = TimeProvider.System.GetUtcNow().UtcTicks,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A redelivered step: the first write stands (same event, same key).
        }
    }

    /// <summary>Every event of a partnership (all partnerships when null), sorted by time then kind.</summary>
    public Task<IReadOnlyList<TimelineEvent>> ReadAsync(string? partnershipId = null, CancellationToken cancellationToken = default)
        => ReadAsync(partnershipId, null, null, cancellationToken);

    /// <summary>
    /// The events of a partnership (all partnerships when null) that happened (<see cref="TimelineEvent.At"/>) from
    /// <paramref name="from"/> (inclusive) until <paramref name="to"/> (exclusive), either bound open when null,
    /// sorted by time then kind. The bounds are a server-side filter on the <c>At</c> column, so a page that shows one
    /// school year does not fetch every year the partnership has run.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEvent>> ReadAsync(string? partnershipId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        [.. (await ReadEntriesAsync(partnershipId, from, to, cancellationToken)).Select(e => e.Event)];

    /// <summary>
    /// As <see cref="ReadAsync(string?, DateTimeOffset?, DateTimeOffset?, CancellationToken)"/>, each event with the
    /// key it was recorded under, in one total order: time, instance, the order recorded, key.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> ReadEntriesAsync(string? partnershipId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var events = new List<(TimelineEvent Entry, long Recorded, string Key)>();
        var filters = new List<string>();
        if (partnershipId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {partnershipId}"));
        }

        if (from is { } f)
        {
            filters.Add(TableClient.CreateQueryFilter($"At ge {f.UtcDateTime}"));
        }

        if (to is { } t)
        {
            filters.Add(TableClient.CreateQueryFilter($"At lt {t.UtcDateTime}"));
        }

        var rows = table.QueryAsync<TableEntity>(filters.Count == 0 ? null : string.Join(" and ", filters), cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            if (row.GetString("Event") is { } json && JsonSerializer.Deserialize<TimelineEvent>(json, Json) is { } entry)
            {
                events.Add((entry, row.GetInt64("Recorded") ?? 0, row.RowKey));
            }
        }

        // Workflows run side by side: what several instances did at one moment is listed by instance, so the same year
        // gives the same timeline on every run; within an instance, in the order it was recorded (cause before effect).
        // That order is the same on every run because an instance takes its steps one after the other (no fan-out);
        // the key last makes the order total, also for two rows of one clock tick.
        return
        [
            .. events
                .OrderBy(e => e.Entry.At)
                .ThenBy(e => e.Entry.Instance, StringComparer.Ordinal)
                .ThenBy(e => e.Recorded)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new TimelineEntry(e.Key, e.Entry)),
        ];
    }

    /// <summary>The longest reason kept on the timeline; a longer one (a 100 000-character cancellation reason) is cut.</summary>
    internal const int ReasonLength = TextLimits.Text;

    // A string property holds at most 64 KiB (32K UTF-16 characters); the event's JSON stays well below it, also when
    // every character is escaped (\uXXXX), so no text ever makes a step fail on the table's limit.
    private const int EventLength = 30_000;

    /// <summary>The event's JSON, cut to fit a table property: the reason first, then the recipient list.</summary>
    internal static string Serialize(TimelineEvent entry)
    {
        var fitted = entry with { Reason = Cut(entry.Reason, ReasonLength) };
        string json = JsonSerializer.Serialize(fitted, Json);
        if (json.Length > EventLength)
        {
            fitted = fitted with { Reason = Cut(fitted.Reason, ReasonLength / 10) };
            json = JsonSerializer.Serialize(fitted, Json);
        }

        while (json.Length > EventLength && fitted.Recipients is { Count: > 1 } recipients)
        {
            fitted = fitted with { Recipients = [.. recipients.Take(recipients.Count / 2)] };
            json = JsonSerializer.Serialize(fitted, Json);
        }

        return json;
    }

    private static string? Cut(string? text, int max) => text is null ? null : TextLimits.Cut(text, max);

    /// <summary>
    /// The row key of an idempotency key: table keys may not hold '/', '\', '#' or '?', and idempotency keys hold '/',
    /// so these become '|'. Compare another key (an outbox message's) through this too.
    /// </summary>
    public static string KeyOf(string key) => key.Replace('/', '|').Replace('\\', '|').Replace('#', '|').Replace('?', '|');

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>For tests: the raw row count, to show a redelivery did not add one.</summary>
    internal async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value;
        int count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
