using DurableTask.AzureStorage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// One task hub with one settings: the worker (a started <see cref="AzureStorageRuntime"/>) and, on the same hub
/// name, a second runtime that is never started and only serves as the client. Each has its own
/// <see cref="RequestCounter"/>, so the worker's requests (what the settings change) are counted apart from the
/// benchmark's own starts, events and completion polling.
/// </summary>
internal sealed class BenchHub : IAsyncDisposable
{
    private readonly AzureStorageRuntime _clientRuntime;

    private BenchHub(
        string name, TaskHubTuning tuning, AzureStorageRuntime worker, AzureStorageRuntime clientRuntime,
        AzureStorageOrchestrationServiceSettings settings, RequestCounter workerRequests, RequestCounter clientRequests)
    {
        Name = name;
        Tuning = tuning;
        Worker = worker;
        _clientRuntime = clientRuntime;
        Settings = settings;
        WorkerRequests = workerRequests;
        ClientRequests = clientRequests;
    }

    public string Name { get; }

    public TaskHubTuning Tuning { get; }

    public AzureStorageRuntime Worker { get; }

    public DurableTaskClient Client => _clientRuntime.Client;

    /// <summary>The worker's settings as <see cref="TaskHubSettings.Create"/> made them.</summary>
    public AzureStorageOrchestrationServiceSettings Settings { get; }

    public RequestCounter WorkerRequests { get; }

    public RequestCounter ClientRequests { get; }

    public static BenchHub Create(
        BenchStorage storage, TaskHubTuning tuning, DurableTaskRegistry registry, ILoggerFactory loggerFactory)
    {
        // Lower case letters and digits only: the same spelling then appears in table, queue and container names.
        string name = "bench" + SettingsNames.Of(tuning)[0] + Guid.NewGuid().ToString("N")[..10];
        var kinds = new RequestKinds(storage.ServiceByPort, name);
        var workerRequests = new RequestCounter(kinds);
        var clientRequests = new RequestCounter(kinds);
        var options = new WorkflowRuntimeOptions(registry, EmptyServiceProvider.Instance) { LoggerFactory = loggerFactory };
        var settings = TaskHubSettings.Create(storage.Account, name, tuning, loggerFactory, workerRequests);
        var worker = new AzureStorageRuntime(settings, options);
        var client = new AzureStorageRuntime(
            TaskHubSettings.Create(storage.Account, name, tuning, loggerFactory, clientRequests), options);
        return new BenchHub(name, tuning, worker, client, settings, workerRequests, clientRequests);
    }

    /// <summary>Stops the worker, removes the hub's tables, queues and containers, and releases both runtimes.</summary>
    public async ValueTask DisposeAsync()
    {
        Progress.Phase($"{SettingsNames.Of(Tuning)}: clean-up: deleting hub {Name}");
        try
        {
            await Worker.DeleteAsync(CancellationToken.None);
        }
        finally
        {
            await Worker.DisposeAsync();
            await _clientRuntime.DisposeAsync();
        }
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
