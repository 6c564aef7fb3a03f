namespace Workflows.Messaging;

/// <summary>A person a message is addressed to.</summary>
public sealed record Recipient(string Email, string Name);
