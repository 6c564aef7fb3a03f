namespace Workflows.Messaging;

/// <summary>One mail. Action links are already in <paramref name="Body"/> (signed by the caller).</summary>
/// <param name="From">The sending mailbox (the partnership's <c>organizer</c>).</param>
public sealed record MailMessage(
    string IdempotencyKey,
    string From,
    IReadOnlyList<Recipient> To,
    IReadOnlyList<Recipient> Cc,
    string Subject,
    MessageBody Body,
    IReadOnlyList<MailAttachment> Attachments,
    MessageLabels Labels);
