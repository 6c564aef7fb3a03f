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

    /// <summary>
    /// Changes the title and explanation of an item (null explanation: none); its key stays what it was, so the item
    /// keeps its identity (links, decisions, a proposal of the original title again). Null when there is no such item;
    /// an item that already reads so is left as it is.
    /// </summary>
    public async Task<(AgendaItem? Item, bool Changed)> EditAsync(
        string partnershipId, string series, string date, string key, string title, string? explanation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        await _created.Value;
        for (int attempt = 1; ; attempt++)
        {
            var read = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, RowKey(series, date, key), cancellationToken: cancellationToken);
            if (!read.HasValue)
            {
                return (null, false);
            }

            var row = read.Value!;
            var current = FromRow(row, series, date);
            if (current.Title == title && current.Explanation == explanation)
            {
                return (current, false);
            }

            // The whole row, replaced: a merge leaves out a null property, so it could not remove an explanation. The
            // row's ETag makes a decision or move that came in between fail this write (412), and it is read again.
            row["Title"] = title;
            if (explanation is null)
            {
                row.Remove("Explanation");
            }
            else
            {
                row["Explanation"] = explanation;
            }

            try
            {
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return (current with { Title = title, Explanation = explanation }, true);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return (null, false);
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 3)
            {
                // Changed since it was read: read it again.
            }
        }
    }

    /// <summary>
    /// Puts an item at <paramref name="position"/> (0-based, clamped to the list) of the occurrence's items and numbers
    /// them all (<c>Order</c>) in one transaction, so a later proposal, which has no number, comes after them. Null when
    /// there is no such item; otherwise every item in the new order and whether anything moved.
    /// </summary>
    public async Task<(IReadOnlyList<AgendaItem>? Items, bool Changed)> MoveAsync(
        string partnershipId, string series, string date, string key, int position, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var items = (await ReadAsync(partnershipId, series, date, cancellationToken)).ToList();
        int from = items.FindIndex(i => i.Key == key);
        if (from < 0)
        {
            return (null, false);
        }

        int to = Math.Clamp(position, 0, items.Count - 1);
        if (to == from)
        {
            return (items, false);
        }

        var moved = items[from];
        items.RemoveAt(from);
        items.Insert(to, moved);
        var numbered = items.Select((item, i) => item with { Order = i }).ToList();

        // One partition, so one transaction per hundred rows: the order is written whole or not at all (an
        // occurrence has far fewer items than that).
        var actions = numbered
            .Where((item, i) => item.Order != items[i].Order)
            .Select(item => new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(partnershipId, RowKey(series, date, item.Key)) { ["Order"] = item.Order }))
            .ToList();
        try
        {
            foreach (var chunk in actions.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // An item went away meanwhile (nothing deletes them today): nothing of this transaction was written.
            return (null, false);
        }

        return (numbered, true);
    }

    /// <summary>
    /// Every item of one occurrence, in the coordinators' order: numbered items (<c>Order</c>, set when one was moved)
    /// first, then the others in the order proposed — so until anyone reorders, the order proposed.
    /// </summary>
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

        return [.. items.OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.ProposedAt).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }

    /// <summary>The accepted items of one occurrence, in the coordinators' order (<see cref="ReadAsync(string, string, string, CancellationToken)"/>): what its agenda carries.</summary>
    public async Task<IReadOnlyList<AgendaItem>> ReadAcceptedAsync(string partnershipId, string series, string date, CancellationToken cancellationToken = default) =>
        [.. (await ReadAsync(partnershipId, series, date, cancellationToken)).Where(i => i.State == AgendaItemStates.Accepted)];

    /// <summary>One item of an occurrence; null when there is no item with that key.</summary>
    public async Task<AgendaItem?> FindAsync(string partnershipId, string series, string date, string key, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        return await ReadAsync(partnershipId, series, date, key, cancellationToken);
    }

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
            Order = row.GetInt32("Order"),
        };
}
