using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>Sends one outbox item to its durable destination; used after a commit and by the sweeper.</summary>
internal static class OutboxRelay
{
    public static Task SendAsync(DurableTaskHub hub, OutboxItem item, CancellationToken cancellationToken) => item switch
    {
        RunActivity run => hub.Transport.SendWorkAsync(run.WorkItem, cancellationToken),
        SendControl send => hub.Transport.SendControlAsync(send.Message, cancellationToken),
        ArmTimer arm => hub.Timers.ArmAsync(arm.Timer, cancellationToken),
        _ => throw new InvalidOperationException($"Unknown outbox item {item.GetType().Name}."),
    };
}
