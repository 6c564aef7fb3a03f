namespace Workflows.Messaging.Tests.Contract;

/// <summary>A mail as the back-end sent it.</summary>
public sealed record HeldMail(string Subject, IReadOnlyList<string> To, IReadOnlyList<string> AttachmentNames);
