namespace Workflows.Host.Dashboard.Convenants;

/// <summary>An expiry alert that went out (a <c>convenant.expiring</c> timeline event): when, and what it said.</summary>
internal sealed record SentExpiryAlert(DateTimeOffset At, string? Reason);
