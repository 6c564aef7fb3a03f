using NodaTime.Text;

namespace Workflows.Host.Api.Config;

/// <summary>The answer to a successful replace: what is now in force.</summary>
public sealed record ConfigSummary(
    string Partnership,
    string Name,
    int Organizations,
    int People,
    int Groups,
    int Meetings,
    int SubsidyRounds,
    int Convenants,
    string Version,
    DateTimeOffset StoredAt,
    string ValidatedOn,
    int ListenerFailures)
{
    internal static ConfigSummary From(StoredPartnershipConfig stored, int listenerFailures)
    {
        var c = stored.Config;
        return new ConfigSummary(
            c.Partnership.Id,
            c.Partnership.Name,
            c.Organizations.Count,
            c.People.Count,
            c.Groups.Count,
            c.Meetings.Count,
            c.SubsidyRounds.Count,
            c.Convenants.Count,
            stored.Version,
            stored.StoredAt,
            LocalDatePattern.Iso.Format(stored.ValidatedOn),
            listenerFailures);
    }
}
