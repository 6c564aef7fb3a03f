using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Workflows.Durable.Storage;

/// <summary>The Azure Storage clients of one task hub, all counted by the same request counter.</summary>
internal sealed class TaskHubStorage
{
    public TaskHubStorage(StorageAccount account, TaskHubNames names, StorageRequestCounter counter)
    {
        Names = names;
        Counter = counter;

        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(counter.Policy, HttpPipelinePosition.PerRetry);
        var tables = account.CreateTableServiceClient(tableOptions);
        Instances = tables.GetTableClient(names.InstancesTable);
        Timers = tables.GetTableClient(names.TimersTable);

        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        queueOptions.AddPolicy(counter.Policy, HttpPipelinePosition.PerRetry);
        var queues = account.CreateQueueServiceClient(queueOptions);
        ControlQueue = queues.GetQueueClient(names.ControlQueue);
        WorkQueue = queues.GetQueueClient(names.WorkQueue);
        PoisonQueue = queues.GetQueueClient(names.PoisonQueue);

        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(counter.Policy, HttpPipelinePosition.PerRetry);
        Payloads = account.CreateBlobServiceClient(blobOptions).GetBlobContainerClient(names.PayloadContainer);
    }

    public TaskHubNames Names { get; }

    public StorageRequestCounter Counter { get; }

    public TableClient Instances { get; }

    public TableClient Timers { get; }

    public QueueClient ControlQueue { get; }

    public QueueClient WorkQueue { get; }

    /// <summary>Messages no code can read end here, kept for a human instead of being dropped.</summary>
    public QueueClient PoisonQueue { get; }

    public BlobContainerClient Payloads { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Instances.CreateIfNotExistsAsync(cancellationToken),
            Timers.CreateIfNotExistsAsync(cancellationToken),
            ControlQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            WorkQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Payloads.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Instances.DeleteAsync(cancellationToken),
            Timers.DeleteAsync(cancellationToken),
            ControlQueue.DeleteIfExistsAsync(cancellationToken),
            WorkQueue.DeleteIfExistsAsync(cancellationToken),
            PoisonQueue.DeleteIfExistsAsync(cancellationToken),
            Payloads.DeleteIfExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
