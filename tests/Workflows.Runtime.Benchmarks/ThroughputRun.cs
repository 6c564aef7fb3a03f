using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// One chain, fanout or events run with one settings on a fresh hub: start the worker, warm up (JIT, connections,
/// partition leases), then measure one batch. The hub is deleted again, also when the run fails.
/// </summary>
internal static class ThroughputRun
{
    /// <summary>A run that takes longer than this is stuck: it fails instead of hanging.</summary>
    private static readonly TimeSpan MeasureTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Enough warm-up instances to land on every one of the default four partitions most of the time.</summary>
    private const int WarmUpInstances = 8;
    private const int WarmUpSize = 2;

    public static async Task<ThroughputResult> RunAsync(
        BenchStorage storage, BenchmarkOptions options, TaskHubTuning tuning, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var scenario = options.Scenario ?? throw new ArgumentException("A throughput run needs a scenario.", nameof(options));
        string settings = SettingsNames.Of(tuning);
        var registry = new DurableTaskRegistry();
        scenario.Register(registry);
        await using var hub = BenchHub.Create(storage, tuning, registry, loggerFactory);
        Progress.Phase($"{settings}: hub {hub.Name}: starting the worker");
        await hub.Worker.StartAsync(cancellationToken);

        var batch = new InstanceBatch(hub.Client, scenario);
        int warmUps = Math.Min(WarmUpInstances, Math.Max(options.Orchestrations, scenario.DefaultOrchestrations));
        Progress.Phase($"{settings}: warm-up: {warmUps} x {scenario.Name} of {Math.Min(WarmUpSize, options.Size)}");
        using (var warmUp = Deadline(WarmUpTimeout, cancellationToken))
        {
            await Within(batch.RunAsync("warm", warmUps, Math.Min(WarmUpSize, options.Size), null, warmUp.Token),
                "warm-up", WarmUpTimeout, cancellationToken);
        }

        Progress.Phase($"{settings}: run: {options.Orchestrations} x {scenario.Name} of {options.Size}");
        hub.WorkerRequests.Start();
        hub.ClientRequests.Start();
        BatchOutcome outcome;
        using (var measure = Deadline(MeasureTimeout, cancellationToken))
        {
            outcome = await Within(
                batch.RunAsync("run", options.Orchestrations, options.Size, () =>
                {
                    hub.WorkerRequests.Stop();
                    hub.ClientRequests.Stop();
                }, measure.Token),
                "measured run", MeasureTimeout, cancellationToken);
        }

        var result = ThroughputResult.From(hub, scenario, options.Orchestrations, options.Size, outcome);
        Progress.Phase(FormattableString.Invariant(
            $"{settings}: {result.Activities} in {result.WallSeconds:0.00} s = {result.ActivitiesPerSecond:0.0}/s, {result.StorageRequestsPerActivity:0.00} worker requests per activity (+{result.ClientStorageRequestsPerActivity:0.00} client)"));
        return result;
    }

    /// <summary>Turns the phase's own deadline into a clear error (a stuck run), leaving Ctrl+C a cancellation.</summary>
    private static async Task<T> Within<T>(Task<T> phase, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await phase;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                FormattableString.Invariant($"The {name} did not finish within {timeout.TotalMinutes:0.#} min."), e);
        }
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }
}
