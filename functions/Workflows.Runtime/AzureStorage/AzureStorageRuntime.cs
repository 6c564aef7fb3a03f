using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// Runs the registered Microsoft.DurableTask orchestrators and activities on the Durable Task Framework's Azure
/// Storage provider (the one Durable Functions runs on): a <see cref="TaskHubWorker"/> over
/// <see cref="AzureStorageOrchestrationService"/>, with <see cref="Client"/> on the same service.
/// </summary>
/// <remarks>
/// Settings come from <see cref="TaskHubSettings.Create"/>. Orchestrators and activities are created anew for every
/// execution and call from <see cref="WorkflowRuntimeOptions.Registry"/>'s factories and wrapped in
/// Microsoft.DurableTask's own shims, so they behave as under the Functions isolated worker. Failures are
/// propagated as failure details (as the gRPC worker does), so <c>TaskFailedException.FailureDetails</c> and
/// <see cref="OrchestrationMetadata.FailureDetails"/> are filled in.
/// </remarks>
public sealed class AzureStorageRuntime : IWorkflowRuntime
{
    private readonly TaskHubWorker _worker;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _orchestratorCount;
    private readonly int _activityCount;
    private bool _running;
    private bool _disposed;

    /// <remarks>
    /// Sets <paramref name="options"/>' <see cref="WorkflowRuntimeOptions.WorkerOptions"/> converter to its
    /// <see cref="WorkflowRuntimeOptions.DataConverter"/>, so the shims and the client write the same JSON.
    /// </remarks>
    public AzureStorageRuntime(AzureStorageOrchestrationServiceSettings settings, WorkflowRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        TaskHub = settings.TaskHubName;
        _logger = options.LoggerFactory.CreateLogger<AzureStorageRuntime>();
        Service = new AzureStorageOrchestrationService(settings);
        Client = new AzureStorageDurableTaskClient(Service, options.DataConverter, TaskHub);

        options.WorkerOptions.DataConverter = options.DataConverter;
        var shims = new DurableTaskShimFactory(options.WorkerOptions, options.LoggerFactory);
        var orchestrators = options.Registry.GetOrchestrators()
            .Select(o => new ShimCreator<TaskOrchestration>(o.Key, () => shims.CreateOrchestration(o.Key, o.Value(options.Services))))
            .ToArray<ObjectCreator<TaskOrchestration>>();
        var activities = options.Registry.GetActivities()
            .Select(a => new ShimCreator<TaskActivity>(a.Key, () => shims.CreateActivity(a.Key, a.Value(options.Services))))
            .ToArray<ObjectCreator<TaskActivity>>();
        _orchestratorCount = orchestrators.Length;
        _activityCount = activities.Length;

        _worker = new TaskHubWorker(Service, options.LoggerFactory)
        {
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        _worker.AddTaskOrchestrations(orchestrators);
        _worker.AddTaskActivities(activities);
    }

    public string TaskHub { get; }

    public AzureStorageOrchestrationService Service { get; }

    /// <summary>The client on this runtime's service; it works whether or not the worker runs.</summary>
    public DurableTaskClient Client { get; }

    /// <summary>Creates the hub's tables, queues and containers when missing, then starts taking work.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_running)
            {
                return;
            }

            AzureStorageLog.Starting(_logger, TaskHub, _orchestratorCount, _activityCount);
            await Service.CreateIfNotExistsAsync().ConfigureAwait(false);
            await _worker.StartAsync().ConfigureAwait(false);
            _running = true;
            AzureStorageLog.Started(_logger, TaskHub);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops taking work and lets the work items in hand finish; forced (abandoning them to be redelivered) when
    /// <paramref name="cancellationToken"/> is already cancelled, as a host does when its shutdown time is up.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Not cancellable itself: a stop that gives up half-way would leave the dispatchers running.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await StopCoreAsync(cancellationToken.IsCancellationRequested).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Removes the hub: its tables, queues and blob containers. For tests. A running worker is stopped first without
    /// waiting for the work in hand, which is being deleted anyway (a graceful stop costs DTFx about a second per
    /// dispatcher while its fetchers are polling).
    /// </summary>
    public async Task DeleteAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await StopCoreAsync(forced: true).ConfigureAwait(false);
            await Service.DeleteAsync().ConfigureAwait(false);
            AzureStorageLog.Deleted(_logger, TaskHub);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            await StopCoreAsync(forced: false).ConfigureAwait(false);
            await Client.DisposeAsync().ConfigureAwait(false);
            _worker.Dispose();
            Service.Dispose();
            _disposed = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StopCoreAsync(bool forced)
    {
        if (!_running)
        {
            return;
        }

        AzureStorageLog.Stopping(_logger, TaskHub, forced);
        await _worker.StopAsync(forced).ConfigureAwait(false);
        _running = false;
        AzureStorageLog.Stopped(_logger, TaskHub);
    }
}
