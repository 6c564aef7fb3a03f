using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The Overview tab (being built).</summary>
internal static class OverviewPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Overview)
            : DashboardLayout.Page(r, DashboardTab.Overview, DashboardLayout.Label(r, DashboardTab.Overview), Html.Empty)));
    }
}
