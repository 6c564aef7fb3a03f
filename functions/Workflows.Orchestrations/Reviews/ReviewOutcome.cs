namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// What a bestuur talk agreed (payload of <c>review-outcome</c>): a summary, the agreed changes and, when the
/// convenant was renewed, its new end date (yyyy-MM-dd), which cancels pending expiry alerts.
/// </summary>
public sealed record ReviewOutcome(string Summary, IReadOnlyList<string>? AgreedChanges = null, string? ValidUntil = null);
