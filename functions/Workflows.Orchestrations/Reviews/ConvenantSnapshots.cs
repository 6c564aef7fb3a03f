using NodaTime.Text;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Selectors;

namespace Workflows.Orchestrations.Reviews;

/// <summary>Builds a convenant's snapshot from a loaded configuration.</summary>
public static class ConvenantSnapshots
{
    /// <summary>Roles that make someone a director for the expiry alerts (matched ignoring case).</summary>
    public static IReadOnlyList<string> DirectorRoles { get; } = ["directeur", "director", "sectordirecteur"];

    public static string InstanceId(string partnershipId, string convenantId) => $"review:{partnershipId}:{convenantId}";

    public static ConvenantSnapshot Create(PartnershipConfig config, Convenant convenant)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(convenant);
        var participants = SelectorResolver.Resolve(config, convenant.Review.Participants).Select(s => SubsidyRoundSnapshots.Member(config, s.Person)).ToList();
        var directors = config.People
            .Where(p => (p.Organization == convenant.Vmbo || p.Organization == convenant.Mbo)
                        && p.Roles.Any(r => DirectorRoles.Contains(r, StringComparer.OrdinalIgnoreCase)))
            .Select(p => SubsidyRoundSnapshots.Member(config, p))
            .ToList();
        var coordinators = config.Partnership.Coordinators.Select(config.FindPerson).OfType<Person>().Select(p => SubsidyRoundSnapshots.Member(config, p)).ToList();
        return new ConvenantSnapshot(
            config.Partnership.Id,
            config.Partnership.Name,
            convenant.Id,
            convenant.Vmbo,
            config.FindOrganization(convenant.Vmbo)?.Name ?? convenant.Vmbo,
            convenant.Mbo,
            config.FindOrganization(convenant.Mbo)?.Name ?? convenant.Mbo,
            [.. convenant.Crebos],
            convenant.PricePerHour,
            [.. convenant.Hours.Select(h => new ConvenantHours(h.Name, h.Hours))],
            LocalDatePattern.Iso.Format(convenant.ValidUntil),
            convenant.Review.Month,
            convenant.Review.LeadDays,
            participants,
            directors,
            coordinators,
            config.Partnership.Organizer,
            ConfigKeywords.ToKeyword(config.Partnership.Language),
            config.Partnership.TimeZone,
            SubsidyRoundSnapshots.Calendar(config));
    }

    /// <summary>Whether two snapshots differ in anything the orchestration acts on (lists by content).</summary>
    public static bool SameContent(ConvenantSnapshot? a, ConvenantSnapshot? b) =>
        a is null || b is null
            ? a is null && b is null
            : string.Equals(System.Text.Json.JsonSerializer.Serialize(a), System.Text.Json.JsonSerializer.Serialize(b), StringComparison.Ordinal);
}
