using NodaTime;
using Workflows.Host.Reviews;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>
/// One convenant as the tab shows it: partners, the end date in force, the next bestuur talk (from the workflow's
/// status; null before it has planned one), last year's outcome, and the expiry alerts sent and still to come.
/// </summary>
internal sealed record ConvenantView(
    string Id,
    string VmboName,
    string MboName,
    LocalDate ValidUntil,
    LocalDate? TalkDate,
    string Phase,
    StoredReviewOutcome? LastOutcome,
    IReadOnlyList<SentExpiryAlert> SentAlerts,
    IReadOnlyList<ExpiryAlert> UpcomingAlerts);

/// <summary>An expiry alert that went out (a <c>convenant.expiring</c> timeline event): when, and what it said.</summary>
internal sealed record SentExpiryAlert(DateTimeOffset At, string? Reason);
