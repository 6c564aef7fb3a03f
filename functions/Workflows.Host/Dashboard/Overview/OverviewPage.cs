using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// The Overview tab at <c>/dashboard</c>: per series the occurrence in hand with its answers per organization and
/// whether it is at risk, what comes after, and the school year's cancelled and skipped occurrences; plus the
/// occurrence actions (cancel, move, resend invitation), each with a confirmation step.
/// </summary>
internal static class OverviewPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/", async r =>
        {
            if (r.Config is null)
            {
                return DashboardEndpoints.NoConfig(r, DashboardTab.Overview);
            }

            var model = await OverviewReader.Create(r.Http.RequestServices).ReadAsync(r.Config, r.Now, r.Aborted).ConfigureAwait(false);
            return DashboardLayout.Page(r, DashboardTab.Overview, DashboardLayout.Label(r, DashboardTab.Overview), OverviewRenderer.Render(r, model));
        });
        CancelAction.Map(dashboard);
        MoveAction.Map(dashboard);
        ResendAction.Map(dashboard);
        DecisionAction.Map(dashboard);
        Agenda.AgendaPage.Map(dashboard);
    }
}
