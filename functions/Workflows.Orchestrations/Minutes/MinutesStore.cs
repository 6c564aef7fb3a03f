using Azure;
using Azure.Data.Tables;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// The verslagen and action items of every held occurrence in one table (<c>{prefix}Minutes</c>, PK = partnership
/// id): the verslag at RK <c>{series}|{date}</c>, its action items at <c>{series}|{date}|{key}</c>. One partition, so a
/// saved draft (the text, the items added, changed and removed) is one entity group transaction: all of it or
/// nothing, and the ETag of the verslag row makes a save that raced with another save or an approval fail whole.
/// </summary>
/// <remarks>
/// Outside every history on purpose, like the agenda items: coordinators write at any moment, and the steps that need
/// the verslag or the open items read them when they run.
/// </remarks>
public sealed class MinutesStore(TableClient table)
{
    /// <summary>Entity group transactions hold at most 100 operations: the verslag row, the items, the removals.</summary>
    public const int MaxActionItems = 40;

    private const string Kind = "Kind";
    private const string MinutesKind = "minutes";
    private const string ActionKind = "action";
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public static MinutesStore For(TableServiceClient tables, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new MinutesStore(tables.GetTableClient(tablePrefix + "Minutes"));
    }

    /// <summary>The verslag of one occurrence with its items, or null when none was saved.</summary>
    public async Task<MeetingMinutes?> ReadAsync(string partnershipId, string series, string date, CancellationToken cancellationToken = default) =>
        (await ReadWithTagAsync(partnershipId, series, date, cancellationToken)).Minutes;

    /// <summary>
    /// Saves a draft: the text and exactly these items (items already there keep their state, others are removed).
    /// <see cref="SaveOutcome.Approved"/> when the verslag was approved already (nothing written);
    /// <see cref="SaveOutcome.Conflict"/> when it changed while this save was made (nothing written either).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(string partnershipId, MeetingMinutes draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.ActionItems.Count > MaxActionItems)
        {
            throw new ArgumentException($"At most {MaxActionItems} action items per meeting.", nameof(draft));
        }

        var (current, tag, existingKeys) = await ReadWithTagAsync(partnershipId, draft.Series, draft.Date, cancellationToken);
        if (current is { Approved: true })
        {
            return SaveOutcome.Approved;
        }

        var row = new TableEntity(partnershipId, RowKey(draft.Series, draft.Date))
        {
            [Kind] = MinutesKind,
            ["Text"] = draft.Text,
            ["SavedAt"] = draft.SavedAt.UtcDateTime,
            ["SavedBy"] = draft.SavedBy,
        };
        var actions = new List<TableTransactionAction>
        {
            tag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, row),
        };
        foreach (var item in draft.ActionItems.DistinctBy(i => i.Key, StringComparer.Ordinal))
        {
            // Merge, not replace: an item kept in the list keeps the DoneAt it had.
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity(partnershipId, RowKey(draft.Series, draft.Date, item.Key))
            {
                [Kind] = ActionKind,
                ["What"] = item.What,
                ["Owner"] = item.Owner,
                ["OwnerName"] = item.OwnerName,
                ["Due"] = item.Due,
            }));
        }

        foreach (string removed in existingKeys.Except(draft.ActionItems.Select(i => i.Key), StringComparer.Ordinal))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partnershipId, RowKey(draft.Series, draft.Date, removed)), ETag.All));
        }

        await _created.Value;
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return SaveOutcome.Conflict;
        }
    }

    /// <summary>
    /// Approves the verslag (once: an approved one stays as it was approved); null when there is none. The ETag makes
    /// an approval that raced with a save fail, so what is approved is exactly what was read.
    /// </summary>
    public async Task<(MeetingMinutes? Minutes, bool Changed)> ApproveAsync(string partnershipId, string series, string date, string who, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (current, tag, _) = await ReadWithTagAsync(partnershipId, series, date, cancellationToken);
        if (current is null || tag is not { } etag)
        {
            return (null, false);
        }

        if (current.Approved)
        {
            return (current, false);
        }

        var patch = new TableEntity(partnershipId, RowKey(series, date)) { ["ApprovedBy"] = who, ["ApprovedAt"] = at.UtcDateTime };
        try
        {
            await table.UpdateEntityAsync(patch, etag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Saved or approved meanwhile: read again, so the caller approves (or reports) what is there now.
            return await ApproveAsync(partnershipId, series, date, who, at, cancellationToken);
        }

        return (current with { ApprovedBy = who, ApprovedAt = at }, true);
    }

    /// <summary>Marks an item done (or open again with <paramref name="doneAt"/> null); null when there is no such item.</summary>
    public async Task<ActionItem?> SetDoneAsync(string partnershipId, string series, string date, string key, DateTimeOffset? doneAt, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, RowKey(series, date, key), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetString(Kind) != ActionKind)
        {
            return null;
        }

        var item = ItemFromRow(row.Value, series, date);
        if (item.DoneAt.HasValue == doneAt.HasValue)
        {
            return item;
        }

        // Reopening replaces the row without DoneAt: a merge would skip a null property and leave it done.
        var changed = row.Value;
        if (doneAt is { } at)
        {
            changed["DoneAt"] = at.UtcDateTime;
        }
        else
        {
            changed.Remove("DoneAt");
        }

        try
        {
            await table.UpdateEntityAsync(changed, changed.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Removed or changed meanwhile (a draft saved again, a second click): say what is there now.
            return await ReadItemAsync(partnershipId, series, date, key, cancellationToken);
        }

        return item with { DoneAt = doneAt };
    }

    /// <summary>One action item, or null.</summary>
    public async Task<ActionItem?> ReadItemAsync(string partnershipId, string series, string date, string key, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, RowKey(series, date, key), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString(Kind) == ActionKind ? ItemFromRow(row.Value, series, date) : null;
    }

    /// <summary>
    /// The action items of the series' meetings before <paramref name="beforeDate"/> that are still open, by due date:
    /// what the next agenda carries under "Actiepunten vorig overleg".
    /// </summary>
    public async Task<IReadOnlyList<ActionItem>> ReadOpenAsync(string partnershipId, string series, string beforeDate, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        string low = $"{series}|";
        string high = $"{series}|{beforeDate}";
        var items = new List<ActionItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo(low) > 0 && e.RowKey.CompareTo(high) < 0, cancellationToken: cancellationToken))
        {
            if (row.GetString(Kind) == ActionKind && row.GetDateTimeOffset("DoneAt") is null)
            {
                var parts = row.RowKey.Split('|');
                items.Add(ItemFromRow(row, parts[0], parts[1]));
            }
        }

        return [.. items.OrderBy(i => i.Due, StringComparer.Ordinal).ThenBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.What, StringComparer.Ordinal)];
    }

    /// <summary>Every verslag of the partnership's series with its items (the year report counts done and open items).</summary>
    public async Task<IReadOnlyList<MeetingMinutes>> ReadAllAsync(string partnershipId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var minutes = new Dictionary<string, MeetingMinutes>(StringComparer.Ordinal);
        var items = new List<ActionItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId, cancellationToken: cancellationToken))
        {
            var parts = row.RowKey.Split('|');
            if (row.GetString(Kind) == ActionKind && parts.Length == 3)
            {
                items.Add(ItemFromRow(row, parts[0], parts[1]));
            }
            else if (parts.Length == 2)
            {
                minutes[row.RowKey] = MinutesFromRow(row, parts[0], parts[1], []);
            }
        }

        return [.. minutes.Values.Select(m => m with { ActionItems = Items(items.Where(i => i.Series == m.Series && i.Date == m.Date)) }).OrderBy(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Series, StringComparer.Ordinal)];
    }

    private async Task<(MeetingMinutes? Minutes, ETag? Tag, IReadOnlyList<string> Keys)> ReadWithTagAsync(string partnershipId, string series, string date, CancellationToken cancellationToken)
    {
        await _created.Value;
        string low = RowKey(series, date);
        string high = low + "}";
        TableEntity? head = null;
        var items = new List<ActionItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0, cancellationToken: cancellationToken))
        {
            if (row.RowKey == low)
            {
                head = row;
            }
            else if (row.RowKey.StartsWith(low + "|", StringComparison.Ordinal) && row.GetString(Kind) == ActionKind)
            {
                items.Add(ItemFromRow(row, series, date));
            }
        }

        return head is null
            ? (null, null, [.. items.Select(i => i.Key)])
            : (MinutesFromRow(head, series, date, Items(items)), head.ETag, [.. items.Select(i => i.Key)]);
    }

    // In the order due, then as written: how the verslag lists them.
    private static List<ActionItem> Items(IEnumerable<ActionItem> items) =>
        [.. items.OrderBy(i => i.Due, StringComparer.Ordinal).ThenBy(i => i.What, StringComparer.Ordinal)];

    private static string RowKey(string series, string date) => $"{series}|{date}";

    private static string RowKey(string series, string date, string key) => $"{series}|{date}|{key}";

    private static MeetingMinutes MinutesFromRow(TableEntity row, string series, string date, IReadOnlyList<ActionItem> items) =>
        new(
            series,
            date,
            row.GetString("Text") ?? string.Empty,
            items,
            row.GetDateTimeOffset("SavedAt") ?? DateTimeOffset.MinValue,
            row.GetString("SavedBy") ?? string.Empty,
            row.GetString("ApprovedBy"),
            row.GetDateTimeOffset("ApprovedAt"));

    private static ActionItem ItemFromRow(TableEntity row, string series, string date) =>
        new(
            series,
            date,
            row.RowKey[(row.RowKey.LastIndexOf('|') + 1)..],
            row.GetString("What") ?? string.Empty,
            row.GetString("Owner") ?? string.Empty,
            row.GetString("OwnerName") ?? string.Empty,
            row.GetString("Due") ?? string.Empty,
            row.GetDateTimeOffset("DoneAt"));
}
