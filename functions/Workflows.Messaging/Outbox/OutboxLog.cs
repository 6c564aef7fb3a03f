using Microsoft.Extensions.Logging;

namespace Workflows.Messaging.Outbox;

/// <summary>
/// The outbox's log messages, event ids 4200–4299 (Graph has 41xx). Only kinds, ids, counts and file names — no
/// addresses, names or subjects, which are personal data.
/// </summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Outbox {Channel} {Status} ({Kind}) to {RecipientCount} recipients: {FileName}")]
    public static partial void Written(ILogger logger, OutboxChannel channel, OutboxStatus status, string kind, int recipientCount, string fileName);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Outbox {Operation} repeated with an applied idempotency key; returning the first result ({Reference})")]
    public static partial void Repeated(ILogger logger, string operation, string reference);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Debug, Message = "Outbox event {EventId} changed concurrently; {Operation} tries again")]
    public static partial void Conflict(ILogger logger, string eventId, string operation);
}
