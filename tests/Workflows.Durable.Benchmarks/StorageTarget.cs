using Workflows.DevStorage;

namespace Workflows.Durable.Benchmarks;

/// <summary>The storage account a run uses: the one given with --connection, or a private in-memory Azurite it owns.</summary>
internal sealed class StorageTarget : IAsyncDisposable
{
    private readonly AzuriteProcess? _azurite;

    private StorageTarget(string connectionString, AzuriteProcess? azurite)
    {
        ConnectionString = connectionString;
        _azurite = azurite;
    }

    public string ConnectionString { get; }

    public static async Task<StorageTarget> OpenAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            Progress.Phase("storage: using the account of --connection");
            return new StorageTarget(connectionString, null);
        }

        Progress.Phase("storage: starting an in-memory Azurite");
        var azurite = await AzuriteProcess.StartAsync(ct: cancellationToken);
        Progress.Phase(FormattableString.Invariant($"storage: Azurite ready (pid {azurite.ProcessId}, table port {azurite.TablePort})"));
        return new StorageTarget(azurite.ConnectionString, azurite);
    }

    /// <summary>Stops the Azurite this run started (if any) and waits until its process is gone.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.StopAsync();
            Progress.Phase("storage: Azurite stopped");
        }
    }
}
