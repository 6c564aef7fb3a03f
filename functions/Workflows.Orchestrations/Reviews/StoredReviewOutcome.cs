namespace Workflows.Orchestrations.Reviews;

/// <summary>A recorded outcome: the talk's year and date, what was agreed, and when it was recorded.</summary>
public sealed record StoredReviewOutcome(string ConvenantId, int Year, string TalkDate, ReviewOutcome Outcome, DateTimeOffset RecordedAt);
