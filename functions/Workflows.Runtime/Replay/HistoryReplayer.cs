using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using DurableTask.Core.Serializing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Runtime.VirtualTime;
using DataConverter = Microsoft.DurableTask.DataConverter;
using DtfxJsonDataConverter = DurableTask.Core.Serializing.JsonDataConverter;

namespace Workflows.Runtime.Replay;

/// <summary>
/// Replays recorded DTFx histories against today's orchestrator code, the way DTFx replays a running instance after a
/// deployment: a code change that would break instances in flight (another activity, another order, a timer
/// removed) shows up as a divergence in a test instead of a stuck instance in Azure.
/// </summary>
/// <remarks>
/// Recordings are the current execution's history as <see cref="Microsoft.DurableTask.Client.DurableTaskClient.GetOrchestrationHistoryAsync"/>
/// returns it (the virtual-time runtime's client gives virtual timestamps, so <c>CurrentUtcDateTime</c> replays as
/// recorded), written with <see cref="Serialize"/>. Add recordings, never edit them.
/// </remarks>
public static class HistoryReplayer
{
    /// <summary>
    /// DTFx's own JSON for history events: its <see cref="DtfxJsonDataConverter.Default"/> (Newtonsoft.Json with
    /// <c>TypeNameHandling.Objects</c>, so every event carries its <c>$type</c>), the converter DTFx uses to read a
    /// serialized runtime state back as <c>IList&lt;HistoryEvent&gt;</c> and to write its queue messages. Indented, so a
    /// recording diffs well.
    /// </summary>
    public static string Serialize(IEnumerable<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return DtfxJsonDataConverter.Default.Serialize(history.ToList(), formatted: true);
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote (DTFx's history JSON) back into history events.</summary>
    public static IList<HistoryEvent> Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return DtfxJsonDataConverter.Default.Deserialize<IList<HistoryEvent>>(json)
            ?? throw new ArgumentException("The JSON holds no history.", nameof(json));
    }

    /// <summary>Replays <paramref name="recorded"/> against the orchestrator the options' registry has for the recording's name.</summary>
    public static ReplayResult Replay(WorkflowRuntimeOptions options, IList<HistoryEvent> recorded)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recorded);
        string name = recorded.OfType<ExecutionStartedEvent>().FirstOrDefault()?.Name
            ?? throw new ArgumentException("The history has no ExecutionStarted event.", nameof(recorded));
        var factory = options.Registry.GetOrchestrators()
            .FirstOrDefault(o => string.Equals(o.Key.Name, name, StringComparison.OrdinalIgnoreCase)).Value
            ?? throw new ArgumentException($"No orchestrator named '{name}' is registered.", nameof(options));
        return Replay(factory(options.Services), new TaskName(name), recorded, options.DataConverter, options.WorkerOptions, options.LoggerFactory);
    }

    /// <summary>
    /// Feeds <paramref name="recorded"/> as past events into DTFx's <see cref="TaskOrchestrationExecutor"/> running
    /// <paramref name="orchestrator"/> through the Microsoft.DurableTask shim (as the runtimes do), and reports whether
    /// the code is consistent with the recording. The recording itself is not changed.
    /// </summary>
    /// <param name="converter">The workflows' converter (the default JSON converter when null).</param>
    /// <param name="workerOptions">The shims' options (timer splitting matters: it changes the timers scheduled).</param>
    public static ReplayResult Replay(
        ITaskOrchestrator orchestrator,
        TaskName name,
        IList<HistoryEvent> recorded,
        DataConverter? converter = null,
        DurableTaskWorkerOptions? workerOptions = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        ArgumentNullException.ThrowIfNull(recorded);

        // A private copy: the executor marks the events it plays.
        var state = new OrchestrationRuntimeState(Deserialize(Serialize(recorded)));
        var started = state.ExecutionStartedEvent
            ?? throw new ArgumentException("The history has no ExecutionStarted event.", nameof(recorded));
        var shims = new DurableTaskShimFactory(
            ShimOptions.From(converter ?? Microsoft.DurableTask.Converters.JsonDataConverter.Default, workerOptions),
            loggerFactory ?? NullLoggerFactory.Instance);
        var parent = started.ParentInstance is { } p
            ? new ParentOrchestrationInstance(new TaskName(p.Name), p.OrchestrationInstance.InstanceId)
            : null;
        var executor = new TaskOrchestrationExecutor(
            state,
            shims.CreateOrchestration(name, orchestrator, parent),
            BehaviorOnContinueAsNew.Carryover,
            entityParameters: null,
            ErrorPropagationMode.UseFailureDetails);
        var actions = executor.Execute().Actions.ToList();

        var completion = actions.OfType<OrchestrationCompleteOrchestratorAction>().FirstOrDefault();
        var recordedEnd = state.ExecutionCompletedEvent;
        string? divergence = null;
        if (completion is { OrchestrationStatus: OrchestrationStatus.Failed } failed)
        {
            // A failure the recording had too (the orchestrator threw on purpose) replays as that failure.
            bool nonDeterministic = failed.FailureDetails?.IsCausedBy<NonDeterministicOrchestrationException>() ?? false;
            if (nonDeterministic || recordedEnd?.OrchestrationStatus != OrchestrationStatus.Failed)
            {
                divergence = failed.FailureDetails is { } f ? $"{f.ErrorType}: {f.ErrorMessage}" : failed.Result ?? "The replay failed.";
            }
        }
        else if (recordedEnd is { OrchestrationStatus: not OrchestrationStatus.Terminated } end
            && completion?.OrchestrationStatus != end.OrchestrationStatus)
        {
            divergence = completion is null
                ? $"The recording ended {end.OrchestrationStatus}, but the replay waits for more."
                : $"The recording ended {end.OrchestrationStatus}, but the replay ends {completion.OrchestrationStatus}.";
        }

        return new ReplayResult(divergence is null, divergence, completion?.FailureDetails, actions);
    }
}
