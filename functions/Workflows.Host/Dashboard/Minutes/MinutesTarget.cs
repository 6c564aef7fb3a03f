using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>A held occurrence whose verslag the page shows: the series as configured, its date, and its snapshot for the checks.</summary>
/// <param name="Iso">The series date as yyyy-MM-dd (the store's key).</param>
internal sealed record MinutesTarget(PartnershipConfig Config, Meeting Meeting, LocalDate Date, string Iso, SeriesSnapshot Series)
{
    /// <summary>The page of this verslag.</summary>
    public string Path => MinutesPage.PathOf(Meeting.Id, Iso);

    /// <summary>"Directieberaad Profijt, dinsdag 15 september 2026": the page's heading and the refusals' subject.</summary>
    public string When(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return $"{Meeting.Title}, {r.Date(Date)}";
    }
}
