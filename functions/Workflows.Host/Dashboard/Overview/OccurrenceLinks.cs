using NodaTime;
using NodaTime.Text;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The addresses of one occurrence's actions (series id and ISO date only: nothing personal in a URL).</summary>
internal static class OccurrenceLinks
{
    public static string Action(string seriesId, LocalDate date, string action)
        => $"{DashboardEndpoints.Prefix}/series/{Uri.EscapeDataString(seriesId)}/occurrences/{Iso(date)}/{action}";

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
