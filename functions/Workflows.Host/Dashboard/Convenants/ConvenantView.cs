using NodaTime;
using Workflows.Orchestrations.Reviews;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>
/// One convenant as the tab shows it: partners, the end date in force, the next bestuur talk (from the workflow's
/// status; null before it has planned one) with its start and end as the workflow schedules them, last year's outcome,
/// and the expiry alerts sent and still to come (only while the workflow runs: nothing else would send them).
/// </summary>
internal sealed record ConvenantView(
    string Id,
    string VmboName,
    string MboName,
    LocalDate ValidUntil,
    LocalDate? TalkDate,
    DateTimeOffset? TalkStart,
    DateTimeOffset? TalkEnd,
    string Phase,
    StoredReviewOutcome? LastOutcome,
    IReadOnlyList<SentExpiryAlert> SentAlerts,
    IReadOnlyList<ExpiryAlert> UpcomingAlerts);
