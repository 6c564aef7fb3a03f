namespace Workflows.Durable.Worker;

/// <summary>
/// The steps of a turn's checkpoint, in order (see the engine README, "Checkpoint protocol"). Tests crash the
/// worker at each one and prove that nothing is lost and nothing happens twice.
/// </summary>
internal enum CheckpointStep
{
    /// <summary>Instance loaded and the turn planned; nothing written yet.</summary>
    Planned,

    /// <summary>State, history and outbox committed in one transaction; nothing relayed yet.</summary>
    Committed,

    /// <summary>Outbox items handed to queues, the timer index or local activities; the outbox row still exists.</summary>
    Relayed,

    /// <summary>The relayed outbox row deleted; inbound messages not yet acknowledged.</summary>
    OutboxDeleted,

    /// <summary>Inbound messages acknowledged (queue message or timer row deleted).</summary>
    Acknowledged,

    /// <summary>An activity ran; its result not yet delivered.</summary>
    ActivityExecuted,
}

/// <summary>Thrown by a test's fault injector: the worker must behave as if its process died right there.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated crash.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
