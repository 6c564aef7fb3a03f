using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.DurableTask.Client;
using Workflows.Host.Tests.Dashboard;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// Everything a request could change, as key → value: every row of the host's tables (configuration, timeline,
/// outcomes, attendance, used links, outbox), every blob of its containers, every instance's status and input
/// (a cycle's overrides live there), and the outbox files. Two equal snapshots mean nothing was changed.
/// </summary>
internal sealed class StoredState(SortedDictionary<string, string> entries)
{
    public IReadOnlyDictionary<string, string> Entries => entries;

    public static async Task<StoredState> CaptureAsync(DashboardHost host, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(host);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            if (!table.Name.StartsWith(host.HubName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                string values = string.Join("; ", row.Keys
                    .Where(k => k is not ("Timestamp" or "odata.etag" or "PartitionKey" or "RowKey"))
                    .Order(StringComparer.Ordinal)
                    .Select(k => $"{k}={Convert.ToString(row[k], CultureInfo.InvariantCulture)}"));
                entries[$"table {table.Name} {row.PartitionKey}/{row.RowKey}"] = values;
            }
        }

        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: host.HubName.ToLowerInvariant()))
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                entries[$"blob {container.Name}/{blob.Name}"] =
                    $"{blob.Properties.ContentLength} {Convert.ToBase64String(blob.Properties.ContentHash ?? [])}";
            }
        }

        await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            entries[$"instance {instance.InstanceId}"] = $"{instance.RuntimeStatus} {instance.SerializedInput}";
        }

        foreach (string file in host.OutboxFiles())
        {
            entries[$"outbox {Path.GetFileName(file)}"] = new FileInfo(file).Length.ToString(CultureInfo.InvariantCulture);
        }

        return new StoredState(entries);
    }

    /// <summary>What differs from <paramref name="before"/> (at most a few entries, values cut short); empty when equal.</summary>
    public IReadOnlyList<string> Differences(StoredState before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var differences = new List<string>();
        foreach (var (key, value) in entries)
        {
            if (!before.Entries.TryGetValue(key, out string? old))
            {
                differences.Add($"added {FuzzRequest.Excerpt(key, 120)} = {FuzzRequest.Excerpt(value, 200)}");
            }
            else if (old != value)
            {
                differences.Add($"changed {FuzzRequest.Excerpt(key, 120)}: {FuzzRequest.Excerpt(old, 200)} → {FuzzRequest.Excerpt(value, 200)}");
            }
        }

        differences.AddRange(before.Entries.Keys.Where(k => !entries.ContainsKey(k)).Select(k => $"removed {FuzzRequest.Excerpt(k, 120)}"));
        return differences;
    }
}
