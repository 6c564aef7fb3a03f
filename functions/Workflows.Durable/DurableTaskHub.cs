using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Durable.Storage;

namespace Workflows.Durable;

/// <summary>
/// One task hub on an Azure Storage account: its tables, queues and payload container. Several hubs share an
/// account without seeing each other. Clients and workers of a hub share its clock.
/// </summary>
public sealed class DurableTaskHub
{
    private DurableTaskHub(StorageAccount account, string name, TimeProvider timeProvider)
    {
        Name = name;
        TimeProvider = timeProvider;
        RequestCounter = new StorageRequestCounter { Hub = name };
        Storage = new TaskHubStorage(account, TaskHubNames.Validate(name), RequestCounter);
        Payloads = new PayloadStore(Storage.Payloads);
        Store = new InstanceStore(Storage, Payloads);
        Transport = new QueueTransport(Storage, Payloads);
        Timers = new TimerIndex(Storage);
    }

    public string Name { get; }

    /// <summary>The orchestrations' clock: <see cref="TimeProvider.System"/> in production, a fake one in tests and simulations.</summary>
    public TimeProvider TimeProvider { get; }

    public StorageRequestCounter RequestCounter { get; }

    internal TaskHubStorage Storage { get; }

    internal PayloadStore Payloads { get; }

    internal InstanceStore Store { get; }

    internal QueueTransport Transport { get; }

    internal TimerIndex Timers { get; }

    /// <summary>Connects to (and creates when missing) the hub's tables, queues and container.</summary>
    public static Task<DurableTaskHub> CreateAsync(string connectionString, string taskHubName = "Workflows", TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return CreateAsync(StorageAccount.FromConnectionString(connectionString), taskHubName, timeProvider, cancellationToken);
    }

    /// <inheritdoc cref="CreateAsync(string, string, TimeProvider?, CancellationToken)"/>
    public static async Task<DurableTaskHub> CreateAsync(StorageAccount account, string taskHubName = "Workflows", TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var hub = new DurableTaskHub(account, taskHubName, timeProvider ?? TimeProvider.System);
        await hub.Storage.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        return hub;
    }

    public DurableTaskClient CreateClient() => new Client.AzureStorageDurableTaskClient(this);

    public DurableTaskWorker CreateWorker(DurableTaskRegistry registry, DurableTaskWorkerOptions? options = null, IServiceProvider? services = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new DurableTaskWorker(this, registry, options ?? new DurableTaskWorkerOptions(), services ?? EmptyServiceProvider.Instance, loggerFactory ?? NullLoggerFactory.Instance);
    }

    /// <summary>When the next durable timer of this hub is due (a simulator advances its clock to it).</summary>
    public Task<DateTimeOffset?> GetNextTimerDueAsync(CancellationToken cancellationToken = default) => Timers.NextDueAsync(cancellationToken);

    /// <summary>Deletes every table, queue and blob of this hub.</summary>
    public Task DeleteAsync(CancellationToken cancellationToken = default) => Storage.DeleteAsync(cancellationToken);

    internal async Task MoveToPoisonAsync(Azure.Storage.Queues.QueueClient source, string body, CancellationToken cancellationToken)
    {
        string text = DurableJson.Serialize(new { queue = source.Name, body })!;
        if (text.Length > PayloadStore.InlineLimitChars)
        {
            text = DurableJson.Serialize(new { queue = source.Name, blob = await Payloads.PutAsync("poison", body, cancellationToken).ConfigureAwait(false) })!;
        }

        await Storage.PoisonQueue.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
