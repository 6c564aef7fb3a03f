using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Core.Pipeline;
using DurableTask.AzureStorage;

namespace Workflows.Runtime;

/// <summary>
/// How to reach a storage account: a connection string (Azurite, or keys) or service URIs with an Entra ID
/// credential. Production uses the latter: the account has shared-key access switched off.
/// </summary>
public sealed class StorageAccount
{
    private readonly string? _connectionString;
    private readonly TokenCredential? _credential;
    private readonly Action<Azure.Core.ClientOptions>? _configure;

    private StorageAccount(string? connectionString, Uri? blob, Uri? queue, Uri? table, TokenCredential? credential, Action<Azure.Core.ClientOptions>? configure)
    {
        _connectionString = connectionString;
        BlobServiceUri = blob;
        QueueServiceUri = queue;
        TableServiceUri = table;
        _credential = credential;
        _configure = configure;
    }

    /// <summary>The blob endpoint when known from the identity form; null for a connection string.</summary>
    public Uri? BlobServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    public Uri? TableServiceUri { get; }

    /// <summary>True when requests are authorized with an Entra ID token rather than an account key or SAS.</summary>
    public bool UsesIdentity => _credential is not null;

    public static StorageAccount FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageAccount(connectionString, null, null, null, null, null);
    }

    /// <summary>Identity-based access, as the Functions host's <c>AzureWebJobsStorage__*Uri</c> settings describe it.</summary>
    public static StorageAccount FromIdentity(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(queueServiceUri);
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageAccount(null, blobServiceUri, queueServiceUri, tableServiceUri, credential, null);
    }

    /// <summary>The same account with every client's options adjusted (transport, retries) before use.</summary>
    public StorageAccount WithClientOptions(Action<Azure.Core.ClientOptions> configure) =>
        new(_connectionString, BlobServiceUri, QueueServiceUri, TableServiceUri, _credential, configure);

    public TableServiceClient CreateTableServiceClient(TableClientOptions? options = null)
    {
        options ??= new TableClientOptions();
        _configure?.Invoke(options);
        return _credential is null
            ? new TableServiceClient(_connectionString, options)
            : new TableServiceClient(TableServiceUri, _credential, options);
    }

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? options = null)
    {
        options ??= new QueueClientOptions();
        _configure?.Invoke(options);
        return _credential is null
            ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(QueueServiceUri, _credential, options);
    }

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null)
    {
        options ??= new BlobClientOptions();
        _configure?.Invoke(options);
        return _credential is null
            ? new BlobServiceClient(_connectionString, options)
            : new BlobServiceClient(BlobServiceUri, _credential, options);
    }

    /// <summary>
    /// The same account as the Durable Task Framework's Azure Storage provider reaches it: every client it creates
    /// gets this account's options and, when given, <paramref name="perRequest"/> in its pipeline.
    /// </summary>
    public StorageAccountClientProvider ToClientProvider(HttpPipelinePolicy? perRequest = null)
    {
        var account = perRequest is null ? this : WithClientOptions(o =>
        {
            _configure?.Invoke(o);
            o.AddPolicy(perRequest, HttpPipelinePosition.PerRetry);
        });
        return new StorageAccountClientProvider(
            new ClientProvider<BlobServiceClient, BlobClientOptions>(() => new BlobClientOptions(), o => account.CreateBlobServiceClient(o)),
            new ClientProvider<QueueServiceClient, QueueClientOptions>(() => new QueueClientOptions(), o => account.CreateQueueServiceClient(o)),
            new ClientProvider<TableServiceClient, TableClientOptions>(() => new TableClientOptions(), o => account.CreateTableServiceClient(o)));
    }

    private sealed class ClientProvider<TClient, TOptions>(Func<TOptions> options, Func<TOptions, TClient> create)
        : IStorageServiceClientProvider<TClient, TOptions>
        where TOptions : Azure.Core.ClientOptions
    {
        public TOptions CreateOptions() => options();

        public TClient CreateClient(TOptions clientOptions) => create(clientOptions);
    }
}
