using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// What a quiet hub costs: each settings gets its own hub with a few instances waiting on a day-long timer (as a
/// partnership's hub waits weeks), is left to settle (leases taken, queue polling backed off), and then its worker's
/// requests are counted for the given minutes. With two settings the hubs idle side by side in the same minutes.
/// </summary>
internal static class IdleRun
{
    public const string Name = "idle";

    public const int DefaultOrchestrations = 2;

    /// <summary>Longer than the default lease renewal and the polling back-off to its maximum.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(45);

    private static readonly TaskName Sleeper = "Sleep";

    public static async Task<IReadOnlyList<IdleResult>> RunAsync(
        BenchStorage storage, BenchmarkOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var registry = new DurableTaskRegistry();
        registry.AddOrchestratorFunc<int, int>(Sleeper, async (context, _) =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddDays(1), CancellationToken.None);
            return 0;
        });

        var hubs = options.Tunings.Select(t => BenchHub.Create(storage, t, registry, loggerFactory)).ToList();
        try
        {
            await Task.WhenAll(hubs.Select(h => PrepareAsync(h, options.Orchestrations, cancellationToken)));
            Progress.Phase(FormattableString.Invariant($"idle: settling for {Settle.TotalSeconds:0} s"));
            await Task.Delay(Settle, cancellationToken);

            var measured = TimeSpan.FromMinutes(options.IdleMinutes);
            Progress.Phase(FormattableString.Invariant($"idle: counting for {measured.TotalMinutes:0.##} min"));
            hubs.ForEach(h => h.WorkerRequests.Start());
            await Task.Delay(measured, cancellationToken);
            hubs.ForEach(h => h.WorkerRequests.Stop());

            var results = hubs.Select(h => Result(h, options.Orchestrations, measured)).ToList();
            foreach (var r in results)
            {
                Progress.Phase(FormattableString.Invariant(
                    $"idle: {r.Settings}: {r.StorageRequests} requests = {r.StorageRequestsPerHour:0} per hour"));
            }

            return results;
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    private static async Task PrepareAsync(BenchHub hub, int sleepers, CancellationToken cancellationToken)
    {
        string settings = SettingsNames.Of(hub.Tuning);
        Progress.Phase($"{settings}: hub {hub.Name}: starting the worker, {sleepers} instance(s) on a day-long timer");
        await hub.Worker.StartAsync(cancellationToken);
        string[] ids = await Task.WhenAll(Enumerable.Range(0, sleepers).Select(
            _ => hub.Client.ScheduleNewOrchestrationInstanceAsync(Sleeper, 0, cancellationToken)));
        foreach (string id in ids)
        {
            var instance = await hub.Client.WaitForInstanceStartAsync(id, cancellation: cancellationToken);
            if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Running)
            {
                throw new InvalidOperationException($"Instance {id} is {instance.RuntimeStatus}, not waiting on its timer.");
            }
        }

        Progress.Phase($"{settings}: {sleepers} instance(s) waiting");
    }

    private static IdleResult Result(BenchHub hub, int sleepers, TimeSpan measured) => new(
        Name,
        SettingsNames.Of(hub.Tuning),
        hub.Name,
        sleepers,
        Settle.TotalSeconds,
        ResultJson.Round(measured.TotalSeconds),
        0,
        hub.WorkerRequests.Count,
        ResultJson.Round(hub.WorkerRequests.Count * TimeSpan.FromHours(1).TotalSeconds / measured.TotalSeconds),
        TuningSummary.Of(hub.Settings),
        hub.WorkerRequests.ByService,
        hub.WorkerRequests.ByOperation);
}
