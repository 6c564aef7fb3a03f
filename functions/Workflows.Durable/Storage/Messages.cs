using System.Text.Json.Serialization;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>
/// A message addressed to one orchestration instance. <see cref="Event"/> null means "wake up and process what
/// is pending in your state row"; <see cref="ExecutionId"/> null means "whatever execution is current".
/// </summary>
internal sealed record ControlMessage(string InstanceId, string? ExecutionId, HistoryEvent? Event, string MessageId);

/// <summary>One activity call to run. The idempotency key is stable across redelivery and retries.</summary>
internal sealed record ActivityWorkItem(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input, string IdempotencyKey);

/// <summary>A durable timer; <see cref="TimerId"/> <see cref="WakeTimerId"/> only wakes the instance (scheduled start).</summary>
internal sealed record TimerRecord(string InstanceId, string ExecutionId, int TimerId, DateTimeOffset FireAt)
{
    public const int WakeTimerId = -1;
}

/// <summary>What a queue message carries: the message itself, or the name of the blob holding it when it is large.</summary>
internal sealed record QueueEnvelope(ControlMessage? Control = null, ActivityWorkItem? Work = null, string? Blob = null);

/// <summary>
/// A message a turn decided to send, written in the same transaction as the turn (transactional outbox) and
/// relayed after the commit.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$t")]
[JsonDerivedType(typeof(SendControl), "control")]
[JsonDerivedType(typeof(RunActivity), "activity")]
[JsonDerivedType(typeof(ArmTimer), "timer")]
internal abstract record OutboxItem;

internal sealed record SendControl(ControlMessage Message) : OutboxItem;

internal sealed record RunActivity(ActivityWorkItem WorkItem) : OutboxItem;

internal sealed record ArmTimer(TimerRecord Timer) : OutboxItem;
