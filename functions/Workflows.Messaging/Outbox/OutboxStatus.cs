namespace Workflows.Messaging.Outbox;

/// <summary>What a record's message did.</summary>
public enum OutboxStatus
{
    /// <summary>A new event invitation or a mail.</summary>
    Sent,

    /// <summary>A new version of an event (METHOD:REQUEST with a higher SEQUENCE).</summary>
    Updated,

    /// <summary>An event cancellation (METHOD:CANCEL).</summary>
    Cancelled,
}
