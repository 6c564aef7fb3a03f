namespace Workflows.Messaging.Outbox;

/// <summary>One message the outbox holds: who, what, when, and the file it wrote.</summary>
/// <param name="IdempotencyKey">The caller's key; one record (and one file) per key.</param>
/// <param name="At">When it was sent, by the gateway's <see cref="TimeProvider"/> (virtual time in the simulator).</param>
/// <param name="Recipients">E-mail addresses: the attendees of an event, To then Cc of a mail.</param>
/// <param name="FileName">The file's name inside the output directory (see <see cref="OutboxGateway.GetPath(OutboxRecord)"/>).</param>
/// <param name="EventId">The outbox event id, for calendar messages.</param>
/// <param name="Sequence">The RFC 5545 SEQUENCE written, for calendar messages.</param>
public sealed record OutboxRecord(
    string IdempotencyKey,
    OutboxChannel Channel,
    OutboxStatus Status,
    DateTimeOffset At,
    IReadOnlyList<string> Recipients,
    string Subject,
    MessageLabels Labels,
    string FileName,
    string? EventId,
    int? Sequence);
