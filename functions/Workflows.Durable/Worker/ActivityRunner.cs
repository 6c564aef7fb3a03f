using System.Diagnostics;
using Workflows.Durable.Diagnostics;
using Workflows.Durable.History;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>Runs activity code, bounded by <see cref="DurableTaskWorkerOptions.MaxConcurrentActivities"/>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore is released by callbacks that may outlive the loop; it holds no wait handle.")]
internal sealed class ActivityRunner(WorkerCore core)
{
    private readonly SemaphoreSlim _gate = new(core.Options.MaxConcurrentActivities);

    /// <summary>The fast path: run in this process and hand the result straight to the instance's session.</summary>
    public void RunLocally(ActivityWorkItem item, InstanceSession session)
    {
        session.ActivityStarted();
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await ExecuteAsync(item).ConfigureAwait(false);
                await core.CheckpointAsync(CheckpointStep.ActivityExecuted, item.InstanceId).ConfigureAwait(false);
                core.Post(item.InstanceId, new Inbound(ResultMessage(item, result)));
            }
            catch (Exception) when (!core.IsAlive)
            {
                // Shutdown or crash: the outbox row is still there, and the sweeper sends the work again.
            }
            finally
            {
                session.ActivityFinished();
            }
        });
    }

    /// <summary>Runs an activity and turns its outcome (or an unknown name) into the completion event.</summary>
    public async Task<HistoryEvent> ExecuteAsync(ActivityWorkItem item)
    {
        await _gate.WaitAsync(core.Life).ConfigureAwait(false);
        using var span = EngineTelemetry.StartActivity(item.InstanceId, item.Name, item.TaskId);
        long started = Stopwatch.GetTimestamp();
        string outcome = EngineTelemetry.Abandoned;
        try
        {
            try
            {
                // Inside the try: a factory that cannot build the activity (DI) is the activity's failure.
                if (!core.Registry.TryCreateActivity(item.Name, core.Services, out var activity))
                {
                    outcome = EngineTelemetry.NotFound;
                    return new TaskFailed(item.TaskId, new TaskFailureDetails("ActivityNotFound", $"No activity named '{item.Name}' is registered with this worker.")) { At = core.Clock.GetUtcNow() };
                }

                var context = new TaskActivityContext(item.Name, item.InstanceId, item.TaskId, item.IdempotencyKey, core.Life);
                object? input = DurableJson.Deserialize(item.Input, activity.InputType)
                    ?? (activity.InputType.IsValueType ? Activator.CreateInstance(activity.InputType) : null);
                object? output = await activity.RunAsync(context, input).ConfigureAwait(false);
                outcome = EngineTelemetry.Completed;
                return new TaskCompleted(item.TaskId, DurableJson.Serialize(output)) { At = core.Clock.GetUtcNow() };
            }
            catch (Exception e) when (core.IsAlive)
            {
                outcome = EngineTelemetry.Failed;
                return new TaskFailed(item.TaskId, TaskFailureDetails.FromException(e)) { At = core.Clock.GetUtcNow() };
            }
        }
        finally
        {
            EngineTelemetry.ActivityEnded(span, item.Name, outcome, Stopwatch.GetElapsedTime(started));
            _gate.Release();
        }
    }

    /// <summary>The result reported for work that was delivered too often without completing.</summary>
    public static TaskFailed PoisonResult(ActivityWorkItem item, long attempts, DateTimeOffset at) => new(
        item.TaskId,
        new TaskFailureDetails(
            "PoisonMessage",
            $"Activity '{item.Name}' was delivered {attempts} times without completing (the worker running it kept stopping).")) { At = at };

    public static ControlMessage ResultMessage(ActivityWorkItem item, HistoryEvent result)
        => new(item.InstanceId, item.ExecutionId, result, $"{item.IdempotencyKey}/{item.TaskId}/result");
}
