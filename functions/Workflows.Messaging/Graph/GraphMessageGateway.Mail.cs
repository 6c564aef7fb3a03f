using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using GraphRecipient = Microsoft.Graph.Models.Recipient;

namespace Workflows.Messaging.Graph;

public sealed partial class GraphMessageGateway
{
    /// <summary>Graph's custom internet header carrying the idempotency key (custom names must start with <c>x-</c>).</summary>
    public const string IdempotencyHeader = "X-Workflows-Idempotency-Key";

    /// <summary>sendMail takes attachments inline only while the whole request stays under 4 MB (base64 adds a third).</summary>
    internal const int MaxAttachmentBytes = 3 * 1024 * 1024;

    /// <inheritdoc />
    /// <remarks>
    /// <para>Graph's sendMail has no idempotency key, so mail is at-least-once: when an answer is lost (timeout, 504,
    /// broken connection) the mail may have left, and the caller's retry sends it again; so may a repeat after a restart.
    /// The window is kept small: a repeat of a mail this process sent returns the first receipt without sending; the
    /// client's retry handler retries sendMail only on 429 and 503, which Graph answers before accepting a message,
    /// never on 504 or a timeout (see <see cref="GraphMessagingClientFactory"/>); and every copy carries the key in the
    /// <see cref="IdempotencyHeader"/> internet header, so a duplicate is recognisable in Sent Items and at the recipient.</para>
    /// <para>Graph takes one body: the HTML goes out; the plain text is for the outbox and .ics descriptions.</para>
    /// </remarks>
    public async Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequireMailbox(message.From);
        Validate(message);
        var key = GraphTransactionId.From(message.IdempotencyKey);
        var memory = message.From.ToLowerInvariant() + "|" + key;
        if (sentMail.TryGet(memory, out var earlier))
        {
            GraphLog.MailRepeated(logger);
            return earlier;
        }

        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = message.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = message.Body.Html },
                ToRecipients = Recipients(message.To),
                CcRecipients = Recipients(message.Cc),
                Attachments = message.Attachments.Select(a => (Attachment)new FileAttachment
                {
                    Name = a.FileName,
                    ContentType = a.ContentType,
                    ContentBytes = a.Content,
                }).ToList(),
                InternetMessageHeaders = [new InternetMessageHeader { Name = IdempotencyHeader, Value = key }],
            },
            SaveToSentItems = true,
        };
        await CallAsync(
            "send mail",
            async ct =>
            {
                await client.Users[message.From].SendMail.PostAsync(body, cancellationToken: ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);

        // sendMail answers 202 without an id: the receipt names the message by the key it carries.
        var receipt = new MessageReceipt(key, timeProvider.GetUtcNow());
        sentMail.Remember(memory, receipt);
        return receipt;
    }

    private static List<GraphRecipient> Recipients(IReadOnlyList<Recipient> recipients) =>
        recipients.Select(r => new GraphRecipient { EmailAddress = new EmailAddress { Address = r.Email, Name = r.Name } }).ToList();

    private static void Validate(MailMessage message)
    {
        string? problem = null;
        if (message.To.Count == 0)
        {
            problem = "A mail needs at least one recipient.";
        }
        else if (message.To.Concat(message.Cc).Any(r => string.IsNullOrWhiteSpace(r.Email)))
        {
            problem = "Every recipient needs an e-mail address.";
        }
        else if (string.IsNullOrWhiteSpace(message.Subject))
        {
            problem = "A mail needs a subject.";
        }
        else if (message.Attachments.Sum(a => (long)a.Content.Length) > MaxAttachmentBytes)
        {
            problem = $"Attachments exceed {MaxAttachmentBytes / (1024 * 1024)} MB, more than Graph's sendMail accepts inline.";
        }

        if (problem is not null)
        {
            throw new MessageDeliveryException(problem, "InvalidRequest", null, isTransient: false);
        }
    }
}
