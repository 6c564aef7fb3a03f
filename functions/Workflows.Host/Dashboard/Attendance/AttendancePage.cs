using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>The Attendance tab (being built).</summary>
internal static class AttendancePage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/attendance", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Attendance)
            : DashboardLayout.Page(r, DashboardTab.Attendance, DashboardLayout.Label(r, DashboardTab.Attendance), Html.Empty)));
    }
}
