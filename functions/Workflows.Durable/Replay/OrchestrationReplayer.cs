using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Durable.History;
using Workflows.Durable.Replay;

namespace Workflows.Durable;

/// <summary>What replaying a recorded history with today's code showed.</summary>
public sealed record ReplayResult(bool IsDeterministic, string? Divergence, OrchestrationRuntimeStatus? Status, string? Output);

/// <summary>
/// Replays a recorded history (from <see cref="DurableTaskClient.GetInstanceHistoryAsync"/>) against the
/// orchestrators registered now. Kept histories of real orchestrations, replayed in CI, turn a change that
/// would break running instances into a failing test instead of a stuck production instance.
/// </summary>
public static class OrchestrationReplayer
{
    /// <summary>A recorded history as one JSON array of <see cref="HistoryEntry.Json"/> objects.</summary>
    public static string ToJson(IEnumerable<HistoryEntry> history)
        => "[\n" + string.Join(",\n", history.Select(h => h.Json)) + "\n]";

    public static ReplayResult Replay(DurableTaskRegistry registry, string recordedHistoryJson, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var history = DurableJson.Deserialize<List<HistoryEvent>>(recordedHistoryJson)
            ?? throw new ArgumentException("The recorded history is empty.", nameof(recordedHistoryJson));
        var started = history.OfType<ExecutionStarted>().FirstOrDefault()
            ?? throw new ArgumentException("The recorded history has no ExecutionStarted event.", nameof(recordedHistoryJson));
        if (!registry.TryCreateOrchestrator(started.Name, services ?? EmptyServiceProvider.Instance, out var orchestrator))
        {
            return new ReplayResult(false, $"No orchestrator named '{started.Name}' is registered.", null, null);
        }

        var past = history.Where(e => e is not ExecutionCompleted).ToList();
        var outcome = OrchestrationExecutor.Execute(orchestrator, "replay", past, [], NullLoggerFactory.Instance);
        var recordedEnd = history.OfType<ExecutionCompleted>().LastOrDefault();
        if (outcome.Completion is { Failure.ErrorType: NonDeterminismException.ErrorType } diverged)
        {
            return new ReplayResult(false, diverged.Failure!.ErrorMessage, diverged.Status, null);
        }

        if (outcome.Actions.FirstOrDefault() is { } extra)
        {
            return new ReplayResult(false, $"Non-deterministic orchestration '{started.Name}' at step #{extra.TaskId}: the code now does {ReplayOrchestrationContext.Describe(extra)} where the recorded run did nothing more.", null, null);
        }

        if (recordedEnd is not null && (outcome.Completion?.Status != recordedEnd.Status || outcome.Completion?.Output != recordedEnd.Output))
        {
            return new ReplayResult(false, $"Orchestration '{started.Name}' now ends {outcome.Completion?.Status.ToString() ?? "running"} with {outcome.Completion?.Output ?? "no output"}; the recorded run ended {recordedEnd.Status} with {recordedEnd.Output ?? "no output"}.", outcome.Completion?.Status, outcome.Completion?.Output);
        }

        return new ReplayResult(true, null, outcome.Completion?.Status ?? OrchestrationRuntimeStatus.Running, outcome.Completion?.Output);
    }
}
