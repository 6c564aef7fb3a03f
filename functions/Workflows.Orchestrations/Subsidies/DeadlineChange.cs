namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Payload of <c>deadline-changed</c>: the new deadline, yyyy-MM-dd (the last day applications are accepted) or
/// yyyy-MM-ddTHH:mm (the local moment the round closes).
/// </summary>
public sealed record DeadlineChange(string Deadline, string? Reason = null);
