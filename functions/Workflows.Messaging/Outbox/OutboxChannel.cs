namespace Workflows.Messaging.Outbox;

/// <summary>Which kind of file a record points at.</summary>
public enum OutboxChannel
{
    /// <summary>An RFC 5545 <c>.ics</c> (invitation, update or cancellation).</summary>
    Calendar,

    /// <summary>A MIME <c>.eml</c>.</summary>
    Mail,
}
