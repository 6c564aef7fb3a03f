namespace Workflows.Host.Dashboard;

/// <summary>The dashboard's tabs, in the order the navigation shows them.</summary>
internal enum DashboardTab
{
    Overview,
    Attendance,
    Subsidies,
    Convenants,
    Operations,
}
