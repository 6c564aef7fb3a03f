using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Everything a running round needs, resolved when it starts (audience selectors to people), carried as input so
/// the orchestration never reads configuration. Dates yyyy-MM-dd; <see cref="Source"/> is <c>config</c> or <c>api</c>
/// (the reconciler only withdraws rounds that came from the file).
/// </summary>
/// <param name="DeadlineTime">
/// The time of day (HH:mm, local) the round closes on <paramref name="Deadline"/>; null when the whole day counts.
/// Optional, so the snapshots of rounds started before deadlines had a time read as before.
/// </param>
public sealed record SubsidyRoundSnapshot(
    string PartnershipId,
    string PartnershipName,
    string RoundId,
    string Title,
    string Funder,
    string Deadline,
    IReadOnlyList<int> Reminders,
    string? Url,
    bool ShareApplications,
    string Organizer,
    string Language,
    string TimeZone,
    IReadOnlyList<MemberSnapshot> Recipients,
    IReadOnlyList<MemberSnapshot> Coordinators,
    CalendarSnapshot Calendar,
    string Source,
    string? DeadlineTime = null)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}
