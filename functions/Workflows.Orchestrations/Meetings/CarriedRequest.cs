namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// A coordinator's request a failed execution received but never acted on (exactly one is set): the
/// restart acts on it first, as the failed execution would have.
/// </summary>
public sealed record CarriedRequest(
    OccurrenceCancelRequest? Cancel = null,
    OccurrenceMoveRequest? Move = null,
    OccurrenceResendRequest? Resend = null,
    OccurrenceDecisionRequest? Decision = null)
{
    /// <summary>The request as the cycle's wait returns it; null when none is set.</summary>
    internal object? Payload => (object?)Cancel ?? (object?)Move ?? (object?)Resend ?? Decision;
}
