using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Workflows.Durable.Benchmarks;

/// <summary>
/// The least a turn with a queue round trip can cost on this account: one table upsert, one queue send, one queue
/// receive and one delete, in sequence, with plain SDK clients on a scratch table and queue. Its median is the
/// yardstick turn latencies are divided by, so results from different machines can be compared.
/// </summary>
internal static class StorageFloor
{
    private const int WarmUpIterations = 5;
    private const int Iterations = 50;

    /// <summary>About the size of an engine message or history row.</summary>
    private static readonly string Payload = new('x', 256);

    public static async Task<double> MeasureAsync(string connectionString, CancellationToken cancellationToken)
    {
        string name = "floor" + Guid.NewGuid().ToString("N")[..12];
        var table = new TableClient(connectionString, name);
        var queue = new QueueClient(connectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await table.CreateIfNotExistsAsync(cancellationToken);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            var samples = new List<double>(Iterations);
            for (int i = 0; i < WarmUpIterations + Iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                await OneRoundAsync(table, queue, i, cancellationToken);
                if (i >= WarmUpIterations)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            return Percentiles.Of(samples, 50);
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
            await queue.DeleteIfExistsAsync(CancellationToken.None);
        }
    }

    private static async Task OneRoundAsync(TableClient table, QueueClient queue, int i, CancellationToken cancellationToken)
    {
        var entity = new TableEntity("floor", i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)) { ["Payload"] = Payload };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        await queue.SendMessageAsync(Payload, cancellationToken);
        var message = (await queue.ReceiveMessageAsync(cancellationToken: cancellationToken)).Value
            ?? throw new InvalidOperationException($"The message just sent to scratch queue '{queue.Name}' was not received.");
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }
}
