namespace Workflows.Orchestrations.Subsidies;

/// <summary>Payload of <c>round-withdrawn</c>; the reason goes into the notice everyone gets.</summary>
public sealed record RoundWithdrawal(string? Reason = null);
