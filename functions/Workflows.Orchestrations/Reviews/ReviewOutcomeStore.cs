using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// The outcomes of bestuur talks in Table Storage: PK = partnership, RK = <c>{convenant}|{year}</c>. One row per talk,
/// upserted whole, so a redelivered step writes the same row again; the next year's agenda reads the latest.
/// </summary>
public sealed class ReviewOutcomeStore(TableClient table)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public async Task SaveAsync(string partnershipId, StoredReviewOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await _created.Value;
        var entity = new TableEntity(partnershipId, RowKey(outcome.ConvenantId, outcome.Year))
        {
            ["Convenant"] = outcome.ConvenantId,
            ["Year"] = outcome.Year,
            ["Outcome"] = JsonSerializer.Serialize(outcome, Json),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The convenant's outcomes, oldest first.</summary>
    public async Task<IReadOnlyList<StoredReviewOutcome>> ReadAsync(string partnershipId, string convenantId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var list = new List<StoredReviewOutcome>();
        string from = convenantId + "|";
        string to = convenantId + "}";
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partnershipId} and RowKey ge {from} and RowKey lt {to}"), cancellationToken: cancellationToken))
        {
            if (row.GetString("Outcome") is { } json && JsonSerializer.Deserialize<StoredReviewOutcome>(json, Json) is { } stored)
            {
                list.Add(stored);
            }
        }

        return [.. list.OrderBy(o => o.Year)];
    }

    /// <summary>The latest outcome of a talk before <paramref name="year"/>, if any.</summary>
    public async Task<StoredReviewOutcome?> LatestBeforeAsync(string partnershipId, string convenantId, int year, CancellationToken cancellationToken = default) =>
        (await ReadAsync(partnershipId, convenantId, cancellationToken)).LastOrDefault(o => o.Year < year);

    private static string RowKey(string convenantId, int year) => convenantId + "|" + year.ToString("D4", CultureInfo.InvariantCulture);
}
