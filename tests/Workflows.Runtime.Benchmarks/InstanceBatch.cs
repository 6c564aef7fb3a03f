using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Benchmarks;

/// <summary>What a batch took: wall time and how long each instance ran.</summary>
internal sealed record BatchOutcome(TimeSpan Wall, IReadOnlyList<double> InstanceSeconds);

/// <summary>Starts a batch of instances at once, drives them (events) and waits until every one completed correctly.</summary>
internal sealed class InstanceBatch(DurableTaskClient client, Scenario scenario)
{
    /// <summary>How often one query checks the whole batch (one query, whatever the batch size).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Returns the wall time from just before the first start to the last completion as the worker stamped it
    /// (LastUpdatedAt; the worker runs in this process, so the clocks agree), so the polling delay does not count.
    /// <paramref name="completed"/> runs as soon as the last completion is seen (to close the counting window).
    /// </summary>
    public async Task<BatchOutcome> RunAsync(
        string label, int count, int size, Action? completed, CancellationToken cancellationToken)
    {
        string prefix = $"{label}-{Guid.NewGuid().ToString("N")[..8]}-";
        var startedAt = DateTimeOffset.UtcNow;
        long started = Stopwatch.GetTimestamp();
        string[] ids = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            client.ScheduleNewOrchestrationInstanceAsync(
                scenario.Orchestrator,
                scenario.Input(size),
                new StartOrchestrationOptions(prefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
                cancellationToken)));
        await scenario.DriveAsync(client, ids, size, cancellationToken);
        var finished = await WaitAllAsync(prefix, count, cancellationToken);
        var observed = Stopwatch.GetElapsedTime(started);
        completed?.Invoke();
        Verify(finished, scenario.ExpectedOutput(size));

        var stamped = finished.Max(m => m.LastUpdatedAt) - startedAt;
        var wall = stamped > TimeSpan.Zero && stamped <= observed ? stamped : observed;
        return new BatchOutcome(wall, [.. finished.Select(m => (m.LastUpdatedAt - m.CreatedAt).TotalSeconds)]);
    }

    private async Task<List<OrchestrationMetadata>> WaitAllAsync(string prefix, int count, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, FetchInputsAndOutputs = true, PageSize = 1000 };
        while (true)
        {
            var instances = new List<OrchestrationMetadata>(count);
            await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
            {
                instances.Add(instance);
            }

            if (instances.Count == count && instances.TrueForAll(i => i.IsCompleted))
            {
                return instances;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static void Verify(List<OrchestrationMetadata> finished, int expected)
    {
        foreach (var instance in finished)
        {
            if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Completed || instance.ReadOutputAs<int>() != expected)
            {
                throw new InvalidOperationException(
                    $"Instance {instance.InstanceId} ended {instance.RuntimeStatus} with output "
                    + $"{instance.SerializedOutput ?? "null"} (expected {expected}): {instance.FailureDetails?.ErrorMessage}");
            }
        }
    }
}
