using Azure;
using Azure.Data.Tables;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

internal sealed partial class InstanceStore
{
    /// <summary>Entity-group transactions hold at most 100 operations.</summary>
    private const int MaxOperations = 100;

    /// <summary>Inline history a single commit may carry; the transaction payload is capped at 4 MiB.</summary>
    private const int MaxInlineHistoryChars = 1_500_000;

    public async Task<CommitResult> CommitAsync(string instanceId, TurnCommit commit, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        var state = await StateEntity.ToEntityAsync(instanceId, commit.State, payloads, cancellationToken).ConfigureAwait(false);
        actions.Add(commit.IfMatch is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, state));

        var historyRows = commit.Appended.Count > 0 ? await HistoryRowsAsync(instanceId, commit, cancellationToken).ConfigureAwait(false) : [];
        actions.AddRange(historyRows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));

        foreach (var outbox in commit.Outbox)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, await OutboxEntityAsync(instanceId, outbox, cancellationToken).ConfigureAwait(false)));
        }

        var deleted = commit.Deletes.Take(MaxOperations - actions.Count).ToList();
        actions.AddRange(deleted.Select(rk => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(instanceId, rk), ETag.All)));

        try
        {
            var response = await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            var newETag = response.Value[0].Headers.ETag ?? throw new InvalidOperationException("The storage service returned no ETag for the state row.");
            return new CommitResult(newETag, deleted, historyRows.ConvertAll(r => r.RowKey));
        }
        catch (TableTransactionFailedException e) when (IsConflict(e))
        {
            throw new ConcurrencyConflictException($"Instance '{instanceId}' changed since it was read ({e.Status} {e.ErrorCode}).", e);
        }
    }

    /// <summary>A client start: the state row and its self-wake outbox row land together or not at all.</summary>
    public async Task CreateAsync(string instanceId, InstanceState state, OutboxRow wake, CancellationToken cancellationToken)
    {
        var entity = await StateEntity.ToEntityAsync(instanceId, state, payloads, cancellationToken).ConfigureAwait(false);
        var outbox = await OutboxEntityAsync(instanceId, wake, cancellationToken).ConfigureAwait(false);
        try
        {
            await Table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, entity), new TableTransactionAction(TableTransactionActionType.Add, outbox)],
                cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // The id is taken: allowed only when the old instance has finished (its history becomes stale rows).
        }

        var existing = await Table.GetEntityAsync<TableEntity>(instanceId, RowKeys.State, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing.Value.GetString("ExecutionId") == state.ExecutionId)
        {
            // Our own write: the SDK retried a transaction whose first attempt had landed.
            return;
        }

        var status = Enum.Parse<OrchestrationRuntimeStatus>(existing.Value.GetString("Status"));
        if (status is not (OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
        {
            throw new InvalidOperationException($"An orchestration with instance id '{instanceId}' already exists and is {status}.");
        }

        try
        {
            await Table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, existing.Value.ETag), new TableTransactionAction(TableTransactionActionType.Add, outbox)],
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (IsConflict(e))
        {
            throw new InvalidOperationException($"The orchestration with instance id '{instanceId}' changed while it was being restarted; try again.", e);
        }
    }

    /// <summary>Deletes outbox rows whose items were all relayed; a row already gone is fine.</summary>
    public async Task DeleteRowsAsync(string instanceId, IReadOnlyCollection<string> rowKeys, CancellationToken cancellationToken)
    {
        foreach (string rowKey in rowKeys)
        {
            await Table.DeleteEntityAsync(instanceId, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TableEntity> OutboxEntityAsync(string instanceId, OutboxRow outbox, CancellationToken cancellationToken)
    {
        var row = new TableEntity(instanceId, outbox.RowKey) { ["WrittenAt"] = outbox.WrittenAt };
        await SetTextAsync(row, "Items", DurableJson.Serialize(outbox.Items.ToList())!, forceBlob: false, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>
    /// The turn's events as one or a few rows. A turn too large for the transaction payload goes to a blob
    /// written first: until the commit refers to it the blob is invisible, so a crash leaves no partial turn.
    /// </summary>
    private async Task<List<TableEntity>> HistoryRowsAsync(string instanceId, TurnCommit commit, CancellationToken cancellationToken)
    {
        string executionId = commit.State.ExecutionId;
        int seq = commit.State.Seq;
        string all = DurableJson.Serialize(commit.Appended.ToList())!;
        var rows = new List<TableEntity>();
        if (all.Length <= PropertyChunks.MaxCharsPerEntity || all.Length > MaxInlineHistoryChars)
        {
            var row = new TableEntity(instanceId, RowKeys.History(executionId, seq, 0));
            await SetTextAsync(row, "Events", all, forceBlob: all.Length > MaxInlineHistoryChars, cancellationToken).ConfigureAwait(false);
            rows.Add(row);
            return rows;
        }

        // Medium turns (a wide fan-out): split into rows that each hold a valid JSON array.
        var group = new List<HistoryEvent>();
        int chars = 2;
        foreach (var e in commit.Appended)
        {
            int size = DurableJson.Serialize(e)!.Length + 1;
            if (group.Count > 0 && chars + size > PropertyChunks.MaxCharsPerEntity)
            {
                rows.Add(await HistoryRowAsync(instanceId, executionId, seq, rows.Count, group, cancellationToken).ConfigureAwait(false));
                group = [];
                chars = 2;
            }

            group.Add(e);
            chars += size;
        }

        rows.Add(await HistoryRowAsync(instanceId, executionId, seq, rows.Count, group, cancellationToken).ConfigureAwait(false));
        return rows;
    }

    private async Task<TableEntity> HistoryRowAsync(string instanceId, string executionId, int seq, int part, List<HistoryEvent> events, CancellationToken cancellationToken)
    {
        var row = new TableEntity(instanceId, RowKeys.History(executionId, seq, part));
        await SetTextAsync(row, "Events", DurableJson.Serialize(events)!, forceBlob: false, cancellationToken).ConfigureAwait(false);
        return row;
    }
}
