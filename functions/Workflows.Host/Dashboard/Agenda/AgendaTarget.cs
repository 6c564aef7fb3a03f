using NodaTime;
using Workflows.Host.Api.Series;
using Workflows.Host.Dashboard.Overview;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Agenda;

/// <summary>
/// The occurrence an agenda page is about: its series and series date, and whether its agenda is still open (the
/// meeting has not begun, as the API's agenda routes decide it). No running cycle is needed: items are stored either
/// way, and a series whose cycle runs again reads them when it sends.
/// </summary>
internal sealed record AgendaTarget(PartnershipConfig Config, Meeting Meeting, LocalDate Date, bool Open)
{
    public string Iso => OccurrenceLinks.Iso(Date);

    /// <summary><c>/dashboard/series/{id}/occurrences/{date}/agenda</c>.</summary>
    public string Path => AgendaLinks.Page(Meeting.Id, Date);

    public string ItemPath(string key) => $"{Path}/{Uri.EscapeDataString(key)}";

    /// <summary>"Directieberaad Profijt van dinsdag 19 januari 2027".</summary>
    public string Describe(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.L($"{Meeting.Title} van {r.Date(Date)}", $"{Meeting.Title} of {r.Date(Date)}");
    }

    /// <summary>The series as the cycle runs it, for the agenda as it goes out.</summary>
    public SeriesSnapshot Snapshot() => SeriesSnapshots.Create(Config, Meeting);

    /// <summary>The route's series and date, or the page that says why there is no such occurrence (404, or no configuration).</summary>
    public static (AgendaTarget? Target, Microsoft.AspNetCore.Http.IResult? Refusal) Resolve(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Config is not { } config)
        {
            return (null, DashboardEndpoints.NoConfig(r, DashboardTab.Overview));
        }

        string id = r.Route("id");
        if (config.FindMeeting(id) is not { } meeting)
        {
            return (null, OccurrenceTargets.Refuse(r, Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound, r.L("Onbekende overlegreeks", "Unknown meeting series"),
                r.L($"De configuratie heeft geen overlegreeks '{id}'.", $"The configuration has no meeting series '{id}'.")));
        }

        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(r.Route("date"));
        if (!date.Success || !SeriesDates.IsOccurrence(config, meeting, date.Value, r.Today))
        {
            return (null, OccurrenceTargets.Refuse(r, Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound, r.L("Onbekende datum", "Unknown date"),
                date.Success
                    ? r.L($"De reeks '{meeting.Title}' heeft geen bijeenkomst op {r.Date(date.Value)}. Er is niets veranderd.", $"The series '{meeting.Title}' has no meeting on {r.Date(date.Value)}. Nothing was changed.")
                    : r.L($"'{r.Route("date")}' is geen datum (jjjj-mm-dd).", $"'{r.Route("date")}' is not a date (yyyy-mm-dd).")));
        }

        bool open = !AgendaItemEndpoints.Started(config, meeting, date.Value, r.Service<TimeProvider>());
        return (new AgendaTarget(config, meeting, date.Value, open), null);
    }
}
