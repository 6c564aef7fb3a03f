using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// Everything a convenant's bestuur-talk orchestration needs, resolved from the configuration when it starts or the
/// file changes (selectors to people). Dates yyyy-MM-dd.
/// </summary>
/// <param name="Directors">Who the expiry alerts go to: the directors of both organizations.</param>
public sealed record ConvenantSnapshot(
    string PartnershipId,
    string PartnershipName,
    string ConvenantId,
    string VmboId,
    string VmboName,
    string MboId,
    string MboName,
    IReadOnlyList<string> Crebos,
    decimal PricePerHour,
    IReadOnlyList<ConvenantHours> Hours,
    string ValidUntil,
    int Month,
    int LeadDays,
    IReadOnlyList<MemberSnapshot> Participants,
    IReadOnlyList<MemberSnapshot> Directors,
    IReadOnlyList<MemberSnapshot> Coordinators,
    string Organizer,
    string Language,
    string TimeZone,
    CalendarSnapshot Calendar)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One category of agreed hours, e.g. stagebegeleiding 120.</summary>
public sealed record ConvenantHours(string Category, decimal Hours);
