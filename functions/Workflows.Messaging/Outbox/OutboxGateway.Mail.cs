namespace Workflows.Messaging.Outbox;

public sealed partial class OutboxGateway
{
    public async Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        OutboxValidation.Mail(message);

        var stem = OutboxFileNames.Stem(message.IdempotencyKey);
        var messageId = EmlWriter.MessageIdFor(message.IdempotencyKey, message.From);

        // The record is written last, so its presence proves the file is complete: a retry returns the first receipt.
        if (await _table.GetRecordAsync(stem, cancellationToken).ConfigureAwait(false) is { } sent)
        {
            OutboxLog.Repeated(_logger, "mail", sent.FileName);
            return new MessageReceipt(messageId, sent.At);
        }

        var now = _time.GetUtcNow();
        var mime = EmlWriter.Build(message, messageId, now, EmlWriter.BoundaryFor(message.IdempotencyKey));
        var fileName = OutboxFileNames.File(message.IdempotencyKey, message.Labels.FileLabel) + ".eml";
        await AtomicFile.WriteAsync(GetPath(fileName), (s, ct) => mime.WriteToAsync(EmlWriter.Format, s, ct), cancellationToken).ConfigureAwait(false);

        var record = new OutboxRecord(
            message.IdempotencyKey,
            OutboxChannel.Mail,
            OutboxStatus.Sent,
            now,
            message.To.Concat(message.Cc).Select(r => r.Email).ToList(),
            message.Subject,
            message.Labels,
            fileName,
            EventId: null,
            Sequence: null);
        await _table.PutRecordAsync(stem, record, cancellationToken).ConfigureAwait(false);
        OutboxLog.Written(_logger, record.Channel, record.Status, record.Labels.Kind, record.Recipients.Count, fileName);
        return new MessageReceipt(messageId, now);
    }
}
