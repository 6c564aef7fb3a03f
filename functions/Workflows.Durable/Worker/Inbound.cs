using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// A message waiting for an instance's next turn, with what to do once the turn that consumed it is committed
/// (delete the queue message, remove the timer row). <see cref="Poison"/> marks a message that kept failing.
/// </summary>
internal sealed record Inbound(ControlMessage Message, Func<Task>? Acknowledge = null, Action<Exception>? Reject = null, bool Poison = false)
{
    /// <summary>Failed turns this in-memory message (a local activity result) has already been through.</summary>
    public int Attempt { get; init; }
}
