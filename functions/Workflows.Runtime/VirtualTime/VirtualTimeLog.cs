using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// The virtual-time runner's log lines (event ids 8100–8199): instance ids, task names and event types only, never
/// payloads (they hold names and addresses).
/// </summary>
internal static partial class VirtualTimeLog
{
    [LoggerMessage(EventId = 8100, Level = LogLevel.Information, Message = "Virtual-time runtime {TaskHub} started at {Now:o}.")]
    public static partial void Started(ILogger logger, string taskHub, DateTimeOffset now);

    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Virtual-time runtime {TaskHub} stopped at {Now:o}.")]
    public static partial void Stopped(ILogger logger, string taskHub, DateTimeOffset now);

    /// <remarks>Routine (a timer that outlived its instance, a stale execution's reply), so at Debug, as DTFx's own.</remarks>
    [LoggerMessage(EventId = 8102, Level = LogLevel.Debug, Message = "Dropped a {EventType} message for instance {InstanceId}: {Reason}.")]
    public static partial void MessageDropped(ILogger logger, EventType eventType, string instanceId, string reason);

    [LoggerMessage(EventId = 8108, Level = LogLevel.Warning, Message = "Dropped a {EventType} message for instance {InstanceId}: there is no such instance.")]
    public static partial void NoSuchInstance(ILogger logger, EventType eventType, string instanceId);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Error, Message = "Orchestrator {Name} of instance {InstanceId} could not be created; the instance fails.")]
    public static partial void OrchestratorMissing(ILogger logger, Exception exception, string name, string instanceId);

    /// <remarks>The error type only: an exception's message may quote a payload; the history keeps the details.</remarks>
    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "Activity {Name} of instance {InstanceId} (task {TaskId}) failed with {ErrorType}.")]
    public static partial void ActivityFailed(ILogger logger, string name, string instanceId, int taskId, string errorType);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Instance {InstanceId} ended as {Status} at {Now:o}.")]
    public static partial void InstanceEnded(ILogger logger, string instanceId, OrchestrationStatus status, DateTimeOffset now);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Error, Message = "The runtime failed while processing instance {InstanceId}; its messages were dropped.")]
    public static partial void TurnCrashed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 8107, Level = LogLevel.Information, Message = "Instance {InstanceId} continued as new at {Now:o}.")]
    public static partial void ContinuedAsNew(ILogger logger, string instanceId, DateTimeOffset now);
}
