using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>The Subsidies tab (being built).</summary>
internal static class SubsidiesPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/subsidies", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Subsidies)
            : DashboardLayout.Page(r, DashboardTab.Subsidies, DashboardLayout.Label(r, DashboardTab.Subsidies), Html.Empty)));
    }
}
