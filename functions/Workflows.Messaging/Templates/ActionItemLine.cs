using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>One action item as a message lists it.</summary>
public sealed record ActionItemLine(string What, string OwnerName, LocalDate Due);
