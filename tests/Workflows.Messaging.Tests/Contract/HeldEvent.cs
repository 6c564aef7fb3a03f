namespace Workflows.Messaging.Tests.Contract;

/// <summary>An event as the back-end holds it.</summary>
public sealed record HeldEvent(string EventId, string ICalUid, string Subject, DateTimeOffset Start, bool Cancelled);
