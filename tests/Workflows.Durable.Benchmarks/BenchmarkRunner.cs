namespace Workflows.Durable.Benchmarks;

/// <summary>
/// The phases of a run: storage, floor, hub and worker, warm-up, measurement, clean-up. Whatever it created (hub,
/// scratch table and queue, Azurite) is removed again, also when the run fails or is cancelled.
/// </summary>
internal static class BenchmarkRunner
{
    /// <summary>A run that takes longer than this is stuck: it fails instead of hanging.</summary>
    private static readonly TimeSpan MeasureTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private const int WarmUpSize = 2;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var scenario = settings.Scenario;
        Progress.Phase($"start: {scenario.Name}, {settings.Orchestrations} orchestration(s) x {settings.Size}");
        await using var storage = await StorageTarget.OpenAsync(settings.ConnectionString, cancellationToken);

        Progress.Phase("floor: table upsert + queue send + receive + delete, median of 50");
        double floorMs = await StorageFloor.MeasureAsync(storage.ConnectionString, cancellationToken);
        Progress.Phase(FormattableString.Invariant($"floor: {floorMs:0.000} ms"));

        string hubName = "bench" + Guid.NewGuid().ToString("N")[..12];
        Progress.Phase($"hub: creating {hubName}");
        var workerHub = await DurableTaskHub.CreateAsync(storage.ConnectionString, hubName, cancellationToken: cancellationToken);
        try
        {
            // The client (starts, events) and its completion polling go through a SECOND hub object on the same hub
            // name: its requests land on that object's counter, so the reported count is the worker's alone.
            var clientHub = await DurableTaskHub.CreateAsync(storage.ConnectionString, hubName, cancellationToken: cancellationToken);
            var client = clientHub.CreateClient();
            var batch = new InstanceBatch(client, new CommitStamps(storage.ConnectionString, workerHub), scenario);
            using var breakdown = settings.Breakdown ? new RequestBreakdown(hubName) : null;
            var registry = new DurableTaskRegistry();
            scenario.Register(registry);
            var worker = workerHub.CreateWorker(registry);
            await worker.StartAsync(cancellationToken);
            try
            {
                Progress.Phase("warm-up: one small instance");
                using (var warmUp = Deadline(WarmUpTimeout, cancellationToken))
                {
                    await WithinAsync(batch.RunAsync(1, Math.Min(WarmUpSize, settings.Size), completed: null, warmUp.Token), "warm-up", WarmUpTimeout, cancellationToken);
                }

                workerHub.RequestCounter.Reset();
                clientHub.RequestCounter.Reset();
                worker.Core.Metrics.Reset();
                breakdown?.Start();

                Progress.Phase($"run: {settings.Orchestrations} x {scenario.Name} of {settings.Size}");
                TimeSpan wall;
                double[] turns = [];
                long requests = 0;
                using (var measure = Deadline(MeasureTimeout, cancellationToken))
                {
                    wall = await WithinAsync(batch.RunAsync(
                        settings.Orchestrations,
                        settings.Size,
                        completed: () =>
                        {
                            turns = worker.Core.Metrics.Snapshot();
                            requests = workerHub.RequestCounter.Count;
                            breakdown?.Stop();
                        },
                        measure.Token), "measured run", MeasureTimeout, cancellationToken);
                }

                var run = new MeasuredRun(wall, turns, requests);
                breakdown?.Report();
                Progress.Phase($"run: {run.TurnMs.Count} turns, {run.StorageRequests} worker requests, {clientHub.RequestCounter.Count} client requests (not reported)");
                return BenchmarkResult.From(settings, run, floorMs);
            }
            finally
            {
                Progress.Phase("clean-up: stopping the worker");
                using (var stop = new CancellationTokenSource(StopTimeout))
                {
                    await worker.StopAsync(stop.Token);
                }

                await worker.DisposeAsync();
            }
        }
        finally
        {
            Progress.Phase($"clean-up: deleting hub {hubName}");
            await workerHub.DeleteAsync(CancellationToken.None);
        }
    }

    /// <summary>Turns the phase's own deadline into a clear error (a stuck engine), leaving Ctrl+C a cancellation.</summary>
    private static async Task<T> WithinAsync<T>(Task<T> phase, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await phase;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The {name} did not finish within {timeout.TotalMinutes:0.#} min: the engine looks stuck.", e);
        }
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }
}
