using MimeKit;

namespace Workflows.Messaging.Outbox;

/// <summary>Builds the MIME message of a mail: multipart/alternative text + HTML, attachments beside it.</summary>
internal static class EmlWriter
{
    /// <param name="boundary">The stem of the MIME boundaries (MimeKit's are random): the same mail gives the same bytes.</param>
    public static MimeMessage Build(MailMessage mail, string messageId, DateTimeOffset date, string boundary)
    {
        var message = new MimeMessage
        {
            MessageId = messageId,
            Date = date,
            Subject = mail.Subject,
        };
        message.From.Add(MailboxAddress.Parse(mail.From));
        message.To.AddRange(mail.To.Select(Address));
        message.Cc.AddRange(mail.Cc.Select(Address));

        var builder = new BodyBuilder { TextBody = mail.Body.Text, HtmlBody = mail.Body.Html };
        foreach (var attachment in mail.Attachments)
        {
            var part = builder.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));

            // Base64 keeps the bytes exact: a text/calendar part sent as text would have its CRLFs rewritten.
            if (part is MimePart mimePart)
            {
                mimePart.ContentTransferEncoding = ContentEncoding.Base64;
            }
        }

        message.Body = builder.ToMessageBody();
        int index = 0;
        foreach (var multipart in Multiparts(message.Body))
        {
            multipart.Boundary = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{boundary}-{index++}");
        }

        // 7-bit safe: Dutch letters and long lines get quoted-printable instead of raw 8-bit text.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>RFC 5322 wants CRLF line ends; MimeKit's default follows the platform (LF on Linux).</summary>
    public static FormatOptions Format { get; } = CreateFormat();

    /// <summary>A Message-ID derived from the idempotency key, so a retried mail is recognisably the same mail.</summary>
    public static string MessageIdFor(string idempotencyKey, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "outbox.workflows";
        return $"{OutboxFileNames.Hash(idempotencyKey)[..32]}@{domain}";
    }

    /// <summary>
    /// A boundary stem from the idempotency key: "=-" as MimeKit's own, which neither quoted-printable (it writes "=" as
    /// "=3D") nor base64 (no "-") can put in a body, so no part can contain it.
    /// </summary>
    public static string BoundaryFor(string idempotencyKey) => "=-" + OutboxFileNames.Hash(idempotencyKey)[..32];

    private static IEnumerable<Multipart> Multiparts(MimeEntity entity)
    {
        if (entity is Multipart multipart)
        {
            yield return multipart;
            foreach (var child in multipart)
            {
                foreach (var nested in Multiparts(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private static MailboxAddress Address(Recipient recipient) => new(recipient.Name, recipient.Email);
}
