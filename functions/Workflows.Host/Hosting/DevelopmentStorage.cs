using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Workflows.DevStorage;

namespace Workflows.Host.Hosting;

/// <summary>
/// Resolves the storage connection for <c>serve</c>: any real connection string is used as given; for
/// <c>UseDevelopmentStorage=true</c> an emulator already listening is used, else Azurite is started with its data
/// under <see cref="DevStorageSettings.Location"/> and stopped when the returned lease is disposed.
/// </summary>
internal sealed class DevelopmentStorage : IAsyncDisposable
{
    // Azurite's documented development account: public by design, not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private DevelopmentStorage(string? connectionString, AzuriteProcess? azurite)
    {
        ConnectionString = connectionString;
        Azurite = azurite;
    }

    /// <summary>Storage reached by identity: no connection string and nothing to start.</summary>
    public static DevelopmentStorage None { get; } = new(null, null);

    /// <summary>The connection string to use; null when storage is reached by identity.</summary>
    public string? ConnectionString { get; }

    /// <summary>The emulator this process started, or null when it uses storage that was already there.</summary>
    public AzuriteProcess? Azurite { get; }

    public static async Task<DevelopmentStorage> ResolveAsync(string connection, DevStorageSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        if (!HostSettings.IsDevelopmentStorage(connection))
        {
            return new DevelopmentStorage(connection, azurite: null);
        }

        string explicitConnection = settings.DefaultPorts ? HostSettings.DevelopmentStorage : Explicit(settings);
        int[] ports = [settings.BlobPort, settings.QueuePort, settings.TablePort];
        bool[] listening = await Task.WhenAll(ports.Select(p => ListensAsync(p, cancellationToken))).ConfigureAwait(false);
        if (listening.All(l => l) || !settings.AutoStart)
        {
            Log.DevStorageInUse(logger, settings.BlobPort, settings.QueuePort, settings.TablePort);
            return new DevelopmentStorage(explicitConnection, azurite: null);
        }

        // Some but not all ports taken: Azurite's start fails with a clear "port in use" error, which is the truth.
        var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions
            {
                Location = settings.Location,
                BlobPort = settings.BlobPort,
                QueuePort = settings.QueuePort,
                TablePort = settings.TablePort,
                Logger = logger,
            },
            cancellationToken).ConfigureAwait(false);
        Log.DevStorageStarted(logger, azurite.ProcessId, settings.Location);
        return new DevelopmentStorage(explicitConnection, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        if (Azurite is not null)
        {
            await Azurite.StopAsync().ConfigureAwait(false);
        }
    }

    private static string Explicit(DevStorageSettings s) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + $"AccountKey={AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{s.BlobPort}/devstoreaccount1;"
        + $"QueueEndpoint=http://127.0.0.1:{s.QueuePort}/devstoreaccount1;"
        + $"TableEndpoint=http://127.0.0.1:{s.TablePort}/devstoreaccount1;";

    private static async Task<bool> ListensAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
