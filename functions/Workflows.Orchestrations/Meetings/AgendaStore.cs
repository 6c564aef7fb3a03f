using Azure;
using Azure.Data.Tables;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The agenda items of every occurrence in Table Storage (<c>{prefix}AgendaItems</c>, PK = partnership id, RK =
/// <c>{series}|{date}|{key}</c>). Outside the cycle's history on purpose: items arrive at any moment (a link, the
/// API, the dashboard) and the invitation step reads what is accepted when it sends, so a restarted or replayed
/// cycle needs nothing from them and recorded histories stay as they were.
/// </summary>
public sealed class AgendaStore(TableClient table)
{
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    /// <summary>The store on <c>{prefix}AgendaItems</c>.</summary>
    public static AgendaStore For(TableServiceClient tables, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new AgendaStore(tables.GetTableClient(tablePrefix + "AgendaItems"));
    }

    /// <summary>Adds the item unless one with its key is there; returns the stored item and whether it is new.</summary>
    public async Task<(AgendaItem Item, bool Created)> ProposeAsync(string partnershipId, AgendaItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await _created.Value;
        try
        {
            await table.AddEntityAsync(ToRow(partnershipId, item), cancellationToken);
            return (item, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // The same proposal again: the first one stands, with whatever the coordinators decided about it since.
            var existing = await ReadAsync(partnershipId, item.Series, item.Date, item.Key, cancellationToken);
            return (existing ?? item, false);
        }
    }

    /// <summary>Accepts or holds over an item; null when there is no such item. An item already in that state is left as it is.</summary>
    public async Task<(AgendaItem? Item, bool Changed)> DecideAsync(string partnershipId, string series, string date, string key, string state, string? who, CancellationToken cancellationToken = default)
    {
        if (!AgendaItemStates.IsDecision(state))
        {
            throw new ArgumentException($"An agenda item is '{AgendaItemStates.Accepted}' or '{AgendaItemStates.Held}', not '{state}'.", nameof(state));
        }

        await _created.Value;
        if (await ReadAsync(partnershipId, series, date, key, cancellationToken) is not { } current)
        {
            return (null, false);
        }

        if (current.State == state)
        {
            return (current, false);
        }

        var patch = new TableEntity(partnershipId, RowKey(series, date, key)) { ["State"] = state, ["DecidedBy"] = who };
        try
        {
            await table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, false);
        }

        return (current with { State = state, DecidedBy = who }, true);
    }

    /// <summary>Every item of one occurrence, in the order proposed.</summary>
    public async Task<IReadOnlyList<AgendaItem>> ReadAsync(string partnershipId, string series, string date, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        string low = $"{series}|{date}|";
        string high = $"{series}|{date}}}";
        var items = new List<AgendaItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0, cancellationToken: cancellationToken))
        {
            items.Add(FromRow(row, series, date));
        }

        return [.. items.OrderBy(i => i.ProposedAt).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }

    /// <summary>The accepted items of one occurrence, in the order proposed: what its agenda carries.</summary>
    public async Task<IReadOnlyList<AgendaItem>> ReadAcceptedAsync(string partnershipId, string series, string date, CancellationToken cancellationToken = default) =>
        [.. (await ReadAsync(partnershipId, series, date, cancellationToken)).Where(i => i.State == AgendaItemStates.Accepted)];

    private async Task<AgendaItem?> ReadAsync(string partnershipId, string series, string date, string key, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, RowKey(series, date, key), cancellationToken: cancellationToken);
        return row.HasValue ? FromRow(row.Value!, series, date) : null;
    }

    private static string RowKey(string series, string date, string key) => $"{series}|{date}|{key}";

    private static TableEntity ToRow(string partnershipId, AgendaItem item) =>
        new(partnershipId, RowKey(item.Series, item.Date, item.Key))
        {
            ["Title"] = item.Title,
            ["Explanation"] = item.Explanation,
            ["Who"] = item.Who,
            ["State"] = item.State,
            ["ProposedAt"] = item.ProposedAt.UtcDateTime,
            ["DecidedBy"] = item.DecidedBy,
            ["WhoName"] = item.WhoName,
        };

    private static AgendaItem FromRow(TableEntity row, string series, string date) =>
        new(
            series,
            date,
            row.RowKey[(row.RowKey.LastIndexOf('|') + 1)..],
            row.GetString("Title") ?? string.Empty,
            row.GetString("Explanation"),
            row.GetString("Who") ?? string.Empty,
            row.GetString("State") ?? AgendaItemStates.Proposed,
            row.GetDateTimeOffset("ProposedAt") ?? DateTimeOffset.MinValue,
            row.GetString("DecidedBy"))
        {
            WhoName = row.GetString("WhoName"),
        };
}
