using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Workflows.Durable.Storage;

/// <summary>
/// Durable timers of any length, indexed by due time in one partition so "what is due" is a single range
/// query. Timers never use queue visibility (capped at 7 days, and blind to a virtual clock).
/// </summary>
internal sealed class TimerIndex(TaskHubStorage storage)
{
    /// <summary>Raised after a timer is armed, so pumps in this process look again at once instead of at their next poll.</summary>
    public event Action? Armed;

    private const string Partition = "timers";

    private TableClient Table => storage.Timers;

    public async Task ArmAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, Key(timer)) { ["Json"] = DurableJson.Serialize(timer) };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        Armed?.Invoke();
    }

    public async Task<List<TimerRecord>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        string upper = Ticks(now.AddTicks(1));
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {upper}");
        var due = new List<TimerRecord>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add(DurableJson.Deserialize<TimerRecord>(row.GetString("Json"))!);
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>The earliest armed timer, so a pump (or a simulator) knows when to look next.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return new DateTimeOffset(long.Parse(row.RowKey.AsSpan(0, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);
        }

        return null;
    }

    public async Task RemoveAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        await Table.DeleteEntityAsync(Partition, Key(timer), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private static string Key(TimerRecord t)
        => string.Create(CultureInfo.InvariantCulture, $"{Ticks(t.FireAt)}|{t.InstanceId}|{t.ExecutionId}|{t.TimerId}");

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
