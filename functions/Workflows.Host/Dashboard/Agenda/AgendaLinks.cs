using NodaTime;
using Workflows.Host.Dashboard.Overview;

namespace Workflows.Host.Dashboard.Agenda;

/// <summary>The agenda page of one occurrence (series id and ISO date only: nothing personal in a URL).</summary>
internal static class AgendaLinks
{
    public static string Page(string seriesId, LocalDate date) => OccurrenceLinks.Action(seriesId, date, "agenda");
}
