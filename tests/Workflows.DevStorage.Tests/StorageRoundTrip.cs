using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Workflows.DevStorage.Tests;

/// <summary>Writes then reads one item per service, so a test proves the emulator really serves the SDKs.</summary>
internal static class StorageRoundTrip
{
    public static async Task WriteAsync(string connectionString, string name, string value)
    {
        var table = new TableClient(connectionString, name);
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Value"] = value });

        var queue = new QueueClient(connectionString, name);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(value);

        var container = new BlobContainerClient(connectionString, name);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("item.txt").UploadAsync(BinaryData.FromString(value), overwrite: true);
    }

    public static async Task AssertReadsAsync(string connectionString, string name, string expected)
    {
        var entity = await new TableClient(connectionString, name).GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal(expected, entity.Value.GetString("Value"));

        var peeked = await new QueueClient(connectionString, name).PeekMessageAsync();
        Assert.Equal(expected, peeked.Value.Body.ToString());

        var blob = await new BlobContainerClient(connectionString, name).GetBlobClient("item.txt").DownloadContentAsync();
        Assert.Equal(expected, blob.Value.Content.ToString());
    }

    /// <summary>Table, queue and container names must be lowercase letters and digits, starting with a letter.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
