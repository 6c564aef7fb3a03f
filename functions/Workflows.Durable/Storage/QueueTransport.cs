using Azure.Storage.Queues;

namespace Workflows.Durable.Storage;

/// <summary>Sends and reads engine messages; a message over the inline limit travels as a blob reference.</summary>
internal sealed class QueueTransport(TaskHubStorage storage, PayloadStore payloads)
{
    public Task SendControlAsync(ControlMessage message, CancellationToken cancellationToken)
        => SendAsync(storage.ControlQueue, message.InstanceId, new QueueEnvelope(Control: message), TimeSpan.Zero, cancellationToken);

    public Task SendWorkAsync(ActivityWorkItem item, CancellationToken cancellationToken)
        => SendAsync(storage.WorkQueue, item.InstanceId, new QueueEnvelope(Work: item), TimeSpan.Zero, cancellationToken);

    /// <summary>Parses a message body; tolerates the double JSON encoding the Functions host applies to queue strings.</summary>
    public async Task<QueueEnvelope> DecodeAsync(string body, CancellationToken cancellationToken)
    {
        string text = body.TrimStart().StartsWith('"') ? DurableJson.Deserialize<string>(body)! : body;
        var envelope = DurableJson.Deserialize<QueueEnvelope>(text) ?? throw new FormatException("Empty queue message.");
        if (envelope.Blob is { } blob)
        {
            string full = await payloads.GetAsync(blob, cancellationToken).ConfigureAwait(false);
            envelope = DurableJson.Deserialize<QueueEnvelope>(full) ?? throw new FormatException($"Empty payload blob '{blob}'.");
        }

        if (envelope.Control is null && envelope.Work is null)
        {
            throw new FormatException("Queue message carries neither a control message nor a work item.");
        }

        return envelope;
    }

    private async Task SendAsync(QueueClient queue, string instanceId, QueueEnvelope envelope, TimeSpan delay, CancellationToken cancellationToken)
    {
        string text = DurableJson.Serialize(envelope)!;
        if (text.Length > PayloadStore.InlineLimitChars)
        {
            string blob = await payloads.PutAsync(instanceId, text, cancellationToken).ConfigureAwait(false);
            text = DurableJson.Serialize(new QueueEnvelope(Blob: blob))!;
        }

        await queue.SendMessageAsync(text, delay, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken).ConfigureAwait(false);
    }
}
