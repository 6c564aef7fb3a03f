namespace Workflows.Host.Api.Reviews;

/// <summary>Body of <c>POST /api/convenants/{id}/review-outcome</c>: what the bestuur talk agreed; <c>validUntil</c> (yyyy-MM-dd) when the convenant was renewed.</summary>
public sealed record ReviewOutcomeRequest(string? Summary, IReadOnlyList<string>? AgreedChanges, string? ValidUntil);
