using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>The Operations tab (being built).</summary>
internal static class OperationsPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/operations", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Operations)
            : DashboardLayout.Page(r, DashboardTab.Operations, DashboardLayout.Label(r, DashboardTab.Operations), Html.Empty)));
    }
}
