using System.Diagnostics;

namespace Workflows.Durable.Benchmarks;

/// <summary>Starts a batch of instances at once, drives them (events) and waits until every one has completed correctly.</summary>
internal sealed class InstanceBatch(DurableTaskClient client, CommitStamps stamps, Scenario scenario)
{
    /// <summary>Clock differences tolerated between this process and the storage service before the stamps are distrusted.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Returns the wall time from just before the first start to the commit of the last completion (see
    /// <see cref="CommitStamps"/>). When the service's clock disagrees with ours (a remote account), it falls back
    /// to when the client's waits returned, which can be up to half a second late. <paramref name="completed"/> runs
    /// as soon as the last wait returns, before anything else touches storage (to snapshot counters).
    /// </summary>
    public async Task<TimeSpan> RunAsync(int count, int size, Action? completed, CancellationToken cancellationToken)
    {
        RequestBreakdown.MarkClient();
        var startedAt = DateTimeOffset.UtcNow;
        long started = Stopwatch.GetTimestamp();
        string[] ids = await Task.WhenAll(Enumerable.Range(0, count).Select(
            _ => client.ScheduleNewOrchestrationInstanceAsync(scenario.Orchestrator, scenario.Input(size), cancellation: cancellationToken)));
        var waits = ids.Select(id => client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken)).ToList();
        await scenario.DriveAsync(client, ids, size, cancellationToken);
        var finished = await Task.WhenAll(waits);
        var observed = Stopwatch.GetElapsedTime(started);
        completed?.Invoke();
        Verify(finished, scenario.ExpectedOutput(size));

        var planned = finished.Max(m => m.LastUpdatedAt) - startedAt;
        var committed = await stamps.LatestAsync(ids, cancellationToken) - startedAt;
        bool trusted = committed is { } c && c >= planned - ClockSlack && c <= observed + ClockSlack;
        Progress.Phase(FormattableString.Invariant(
            $"run: {count} instance(s) done; last completion committed at {committed?.TotalSeconds:0.000}s, seen by polling at {observed.TotalSeconds:0.000}s{(trusted ? "" : " (commit stamp distrusted: using the polling time)")}"));
        return trusted ? committed!.Value : observed;
    }

    private static void Verify(OrchestrationMetadata[] finished, int expected)
    {
        foreach (var instance in finished)
        {
            if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Completed || instance.ReadOutputAs<int>() != expected)
            {
                throw new InvalidOperationException(
                    $"Instance {instance.InstanceId} ended {instance.RuntimeStatus} with output {instance.SerializedOutput ?? "null"} "
                    + $"(expected {expected}): {instance.FailureDetails?.ErrorMessage}");
            }
        }
    }
}
