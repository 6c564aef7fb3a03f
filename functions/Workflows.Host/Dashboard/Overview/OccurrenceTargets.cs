using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using Workflows.Durable;
using Workflows.Host.Api.Series;
using Workflows.Messaging;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Finds the occurrence of an action's route (series id, series date) and its running cycle, or the page that
/// says why nothing can be done: no configuration, an unknown series or date (404), no running cycle (409).
/// </summary>
internal static class OccurrenceTargets
{
    public static async Task<(OccurrenceTarget? Target, IResult? Refusal)> ResolveAsync(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Config is not { } config)
        {
            return (null, DashboardEndpoints.NoConfig(r, DashboardTab.Overview));
        }

        string id = r.Route("id");
        if (config.FindMeeting(id) is not { } meeting)
        {
            return (null, Refuse(r, StatusCodes.Status404NotFound, r.L("Onbekende overlegreeks", "Unknown meeting series"),
                r.L($"De configuratie heeft geen overlegreeks '{id}'.", $"The configuration has no meeting series '{id}'.")));
        }

        var date = LocalDatePattern.Iso.Parse(r.Route("date"));
        if (!date.Success)
        {
            return (null, Refuse(r, StatusCodes.Status404NotFound, r.L("Onbekende datum", "Unknown date"),
                r.L($"'{r.Route("date")}' is geen datum (jjjj-mm-dd).", $"'{r.Route("date")}' is not a date (yyyy-mm-dd).")));
        }

        var cycle = await RunningCycles.ReadAsync(r.Service<DurableTaskClient>(), r.Service<IMessageGateway>(), config.Partnership.Id, meeting.Id, r.Aborted).ConfigureAwait(false);
        return cycle is null
            ? (null, NotRunning(r, meeting.Title))
            : (new OccurrenceTarget(config, meeting, date.Value, cycle), null);
    }

    /// <summary>The series' cycle is not running (ended, terminated or not started): nothing can be sent, nothing was changed.</summary>
    public static IResult NotRunning(DashboardRequest r, string title)
    {
        ArgumentNullException.ThrowIfNull(r);
        var logger = OverviewLog.Logger(r);
        OverviewLog.NoRunningCycle(logger);
        return Refuse(r, StatusCodes.Status409Conflict, r.L("Geen lopende planning", "No running cycle"),
            r.L($"De reeks '{title}' heeft geen lopende planning, dus afgelasten, verplaatsen of opnieuw versturen kan nu niet. Er is niets veranderd.",
                $"The series '{title}' has no running cycle, so cancelling, moving or resending is not possible now. Nothing was changed."));
    }

    public static IResult Refuse(DashboardRequest r, int status, string title, string message)
    {
        ArgumentNullException.ThrowIfNull(r);
        return DashboardLayout.Page(r, DashboardTab.Overview, title, Html.Of($"""
            <div class="errors" role="alert"><p>{message}</p></div>
            <p><a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Naar het overzicht", "To the overview")}</a></p>
            """), status);
    }
}
