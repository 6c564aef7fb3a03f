using Azure.Data.Tables;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Which subsidy rounds are running, per partnership, in Table Storage (<c>{prefix}SubsidyRounds</c>, PK = partnership,
/// RK = round id): written by the round's own activities as it announces, reschedules, closes or is withdrawn, read by
/// the meeting activities for the agenda item "Lopende subsidierondes".
/// </summary>
/// <remarks>
/// A table, not a query of the rounds' orchestration instances: under the Functions host an activity has no
/// client to query them with, and an activity reading another workflow's state would not be the same on a retry anyway.
/// A round started before this table existed appears from its next step (a reminder or a change) on.
/// </remarks>
public sealed class SubsidyRoundBoard(TableClient table)
{
    private const string Running = "running";
    private const string Ended = "ended";

    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    /// <summary>The board on <c>{prefix}SubsidyRounds</c>.</summary>
    public static SubsidyRoundBoard For(TableServiceClient tables, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new SubsidyRoundBoard(tables.GetTableClient(tablePrefix + "SubsidyRounds"));
    }

    /// <summary>The round runs with this deadline (upsert: a redelivered step writes the same).</summary>
    public Task RunningAsync(SubsidyRoundSnapshot round, CancellationToken cancellationToken = default) => WriteAsync(round, Running, cancellationToken);

    /// <summary>The round closed or was withdrawn: it leaves the agendas.</summary>
    public Task EndedAsync(SubsidyRoundSnapshot round, CancellationToken cancellationToken = default) => WriteAsync(round, Ended, cancellationToken);

    /// <summary>The running rounds of a partnership, by deadline.</summary>
    public async Task<IReadOnlyList<RunningSubsidyRound>> ReadRunningAsync(string partnershipId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var rounds = new List<RunningSubsidyRound>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId, cancellationToken: cancellationToken))
        {
            if (row.GetString("State") == Running)
            {
                rounds.Add(new RunningSubsidyRound(row.RowKey, row.GetString("Title") ?? row.RowKey, row.GetString("Funder") ?? string.Empty, row.GetString("Deadline") ?? string.Empty, row.GetString("DeadlineTime")));
            }
        }

        return [.. rounds.OrderBy(r => r.Deadline, StringComparer.Ordinal).ThenBy(r => r.RoundId, StringComparer.Ordinal)];
    }

    private async Task WriteAsync(SubsidyRoundSnapshot round, string state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        await _created.Value;
        var row = new TableEntity(round.PartnershipId, round.RoundId)
        {
            ["State"] = state,
            ["Title"] = round.Title,
            ["Funder"] = round.Funder,
            ["Deadline"] = round.Deadline,
            ["DeadlineTime"] = round.DeadlineTime,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
