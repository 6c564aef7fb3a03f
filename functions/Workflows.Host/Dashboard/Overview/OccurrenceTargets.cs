using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
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

        if (!SeriesDates.IsOccurrence(config, meeting, date.Value, r.Today))
        {
            return (null, Refuse(r, StatusCodes.Status404NotFound, r.L("Onbekende datum", "Unknown date"),
                r.L($"De reeks '{meeting.Title}' heeft geen bijeenkomst op {r.Date(date.Value)}. Er is niets veranderd.",
                    $"The series '{meeting.Title}' has no meeting on {r.Date(date.Value)}. Nothing was changed.")));
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

    /// <summary>
    /// Null while the occurrence can still be cancelled or moved; once it has started (or the cycle is past its
    /// date) the page that says so (409), before anything is raised to the cycle.
    /// </summary>
    public static IResult? Changeable(DashboardRequest r, OccurrenceTarget target, string title)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(target);
        if (!OccurrenceStarts.HasStarted(target.Cycle, target.Date, r.Now))
        {
            return null;
        }

        OverviewLog.NotChangeable(r, target);
        return Refuse(r, StatusCodes.Status409Conflict, title,
            r.L($"{target.Describe(r)} is al begonnen of voorbij: afgelasten of verplaatsen kan alleen vóór het begin. Er is niets veranderd.",
                $"{target.Describe(r)} has already started or is over: cancelling or moving is only possible before it starts. Nothing was changed."));
    }

    /// <summary>What the confirmation says about when the cycle takes a change in: directly, or once resumed when suspended.</summary>
    public static string WhenHandled(DashboardRequest r, OccurrenceTarget target)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(target);
        return target.Cycle.Suspended
            ? r.L("De planning van deze reeks is gepauzeerd: de wijziging wordt verwerkt zodra de planning wordt hervat.", "The series' cycle is suspended: the change is processed when the cycle is resumed.")
            : r.L("De planning verwerkt het direct.", "The cycle handles it right away.");
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
