using Workflows.DevStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// The private in-memory Azurite a run owns (started the one way the platform starts it), and which of its ports is
/// which service, so requests can be named by service.
/// </summary>
internal sealed class BenchStorage : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;

    private BenchStorage(AzuriteProcess azurite)
    {
        _azurite = azurite;
        Account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        ServiceByPort = new Dictionary<int, string>
        {
            [azurite.BlobPort] = "blob",
            [azurite.QueuePort] = "queue",
            [azurite.TablePort] = "table",
        };
    }

    public StorageAccount Account { get; }

    public IReadOnlyDictionary<int, string> ServiceByPort { get; }

    public static async Task<BenchStorage> StartAsync(string? debugLogPath, CancellationToken cancellationToken)
    {
        Progress.Phase(debugLogPath is null
            ? "storage: starting an in-memory Azurite"
            : $"storage: starting an in-memory Azurite with its debug log in {debugLogPath}");
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { DebugLogPath = debugLogPath }, cancellationToken);
        Progress.Phase($"storage: Azurite ready (pid {azurite.ProcessId})");
        return new BenchStorage(azurite);
    }

    /// <summary>Stops Azurite (gracefully, so its debug log is complete) and waits until its process is gone.</summary>
    public async ValueTask DisposeAsync()
    {
        await _azurite.StopAsync();
        Progress.Phase("storage: Azurite stopped");
    }
}
