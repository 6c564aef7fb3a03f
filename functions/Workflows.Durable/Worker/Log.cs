using Microsoft.Extensions.Logging;

namespace Workflows.Durable.Worker;

/// <summary>The engine's log messages with stable event ids (1000–1099). No payloads: they may hold personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Durable worker started on task hub {Hub} ({Mode} mode).")]
    public static partial void WorkerStarted(ILogger logger, string hub, string mode);

    [LoggerMessage(1001, LogLevel.Information, "Durable worker on task hub {Hub} stopped.")]
    public static partial void WorkerStopped(ILogger logger, string hub);

    [LoggerMessage(1002, LogLevel.Debug, "Instance {InstanceId}: turn committed ({Events} events, {Actions} outbound, status {Status}).")]
    public static partial void TurnCommitted(ILogger logger, string instanceId, int events, int actions, OrchestrationRuntimeStatus status);

    [LoggerMessage(1003, LogLevel.Debug, "Instance {InstanceId}: lost an ETag race, replanning the turn (attempt {Attempt}).")]
    public static partial void TurnConflict(ILogger logger, string instanceId, int attempt);

    [LoggerMessage(1004, LogLevel.Debug, "Instance {InstanceId}: message {MessageId} ignored: {Reason}.")]
    public static partial void MessageDropped(ILogger logger, string instanceId, string messageId, string reason);

    [LoggerMessage(1005, LogLevel.Warning, "Instance {InstanceId}: turn failed and will be retried from its messages.")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(1006, LogLevel.Error, "Message {MessageId} for instance {InstanceId} failed {Attempts} times; treating it as poison.")]
    public static partial void PoisonMessage(ILogger logger, string messageId, string instanceId, long attempts);

    [LoggerMessage(1007, LogLevel.Error, "Queue message {MessageId} on {Queue} is unreadable; moved to the poison queue.")]
    public static partial void UnreadableMessage(ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(1008, LogLevel.Information, "Outbox sweep relayed {Rows} orphaned rows.")]
    public static partial void OutboxSwept(ILogger logger, int rows);

    [LoggerMessage(1009, LogLevel.Warning, "Background loop {Loop} failed; it restarts after a pause.")]
    public static partial void LoopFailed(ILogger logger, Exception exception, string loop);

    [LoggerMessage(1011, LogLevel.Warning, "Instance {InstanceId}: a committed turn's messages could not be acknowledged; they will be redelivered and ignored.")]
    public static partial void AcknowledgeFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(1010, LogLevel.Warning, "Instance {InstanceId}: finished outbox rows could not be deleted; the sweeper will retry.")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string instanceId);
}
