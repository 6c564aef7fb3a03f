using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>The Convenants tab (being built).</summary>
internal static class ConvenantsPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/convenants", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Convenants)
            : DashboardLayout.Page(r, DashboardTab.Convenants, DashboardLayout.Label(r, DashboardTab.Convenants), Html.Empty)));
    }
}
