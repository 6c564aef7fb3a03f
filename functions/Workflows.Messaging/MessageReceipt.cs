namespace Workflows.Messaging;

/// <summary>Proof a mail left: the back-end's id for it and when.</summary>
public sealed record MessageReceipt(string MessageId, DateTimeOffset SentAt);
