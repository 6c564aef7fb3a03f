using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// The Operations tab ("Beheer"), for the technically minded, after Durable Functions Monitor: instances by status
/// with filters, an instance's history, and raise event, suspend/resume, terminate and purge through the same rules
/// as <c>/api/instances</c>.
/// </summary>
internal static class OperationsPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/operations", ListAsync);

        // No configuration check anywhere on this tab: operators need it most when the configuration is missing or
        // broken (instances are then described by their ids alone).
        dashboard.MapPage("/operations/instances/{id}", r => DetailAsync(r, r.Route("id"), RaiseEventForm.Blank, StatusCodes.Status200OK));
        dashboard.MapAction("/operations/instances/{id}/events", InstanceActions.RaiseEventAsync);
        dashboard.MapAction("/operations/instances/{id}/suspend", (r, form) => InstanceActions.ControlAsync(r, form, InstanceOperation.Suspend));
        dashboard.MapAction("/operations/instances/{id}/resume", (r, form) => InstanceActions.ControlAsync(r, form, InstanceOperation.Resume));
        dashboard.MapAction("/operations/instances/{id}/terminate", (r, form) => InstanceActions.ControlAsync(r, form, InstanceOperation.Terminate));
        dashboard.MapAction("/operations/instances/{id}/purge", (r, form) => InstanceActions.ControlAsync(r, form, InstanceOperation.Purge));
    }

    private static async Task<IResult> ListAsync(DashboardRequest r)
    {
        string title = DashboardLayout.Label(r, DashboardTab.Operations);
        var filter = InstanceListFilter.FromQuery(r.Http.Request.Query);
        var errors = new List<string>();
        var query = filter.ToQuery(r, errors);
        InstanceList? list = null;
        if (query is not null)
        {
            list = InstanceQueries.IsPlausibleToken(filter.ContinuationToken)
                ? await InstanceListReader.ReadAsync(r, query, filter.ContinuationToken).ConfigureAwait(false)
                : null;
            if (list is null)
            {
                errors.Add(r.L("Deze vervolgpagina bestaat niet (meer); begin bij de eerste pagina.", "This next page does not exist (any more); start at the first page."));
            }
        }

        return DashboardLayout.Page(r, DashboardTab.Operations, title, InstanceListView.Render(r, filter, list, errors),
            errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>The instance page (also shown again, with status 400, when its raise-event form was not accepted).</summary>
    public static async Task<IResult> DetailAsync(DashboardRequest r, string id, RaiseEventForm raise, int status)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!InstanceCommands.IsValidId(id))
        {
            return InstanceActions.Refused(r, id, new InstanceCheck(InstanceVerdict.InvalidId, null));
        }

        var detail = await InstanceDetailReader.ReadAsync(r, id).ConfigureAwait(false);
        if (detail is null)
        {
            return InstanceActions.Refused(r, id, new InstanceCheck(InstanceVerdict.Unknown, null));
        }

        return DashboardLayout.Page(r, DashboardTab.Operations, r.L($"Workflow {id}", $"Workflow {id}"), InstanceDetailView.Render(r, detail, raise), status);
    }
}
