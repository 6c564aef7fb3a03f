namespace Workflows.Durable;

/// <summary>What an activity knows about the call that started it.</summary>
public sealed class TaskActivityContext
{
    internal TaskActivityContext(TaskName name, string instanceId, int taskId, string idempotencyKey, CancellationToken cancellation)
    {
        Name = name;
        InstanceId = instanceId;
        TaskId = taskId;
        IdempotencyKey = idempotencyKey;
        CancellationToken = cancellation;
    }

    public TaskName Name { get; }

    public string InstanceId { get; }

    public int TaskId { get; }

    /// <summary>
    /// Stable across redeliveries and retries of the same call (instance, execution and first task id), so side
    /// effects keyed by it happen once: Graph <c>transactionId</c>, outbox file names.
    /// </summary>
    public string IdempotencyKey { get; }

    /// <summary>Signalled when the worker shuts down; the activity will run again elsewhere.</summary>
    public CancellationToken CancellationToken { get; }
}
