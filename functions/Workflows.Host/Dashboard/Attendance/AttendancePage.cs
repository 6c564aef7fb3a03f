using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflows.Host.Dashboard.Minutes;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// The Attendance tab: per organization, for one series over one school year, the attendance rate as a chart and a
/// table, and the organizations whose turnout fell below the series' threshold with the decline comments; per held
/// occurrence its presence and the way to its verslag; and the action items still open across all series.
/// </summary>
internal static class AttendancePage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/attendance", RenderAsync);
        PresenceAction.Map(dashboard);
    }

    private static async Task<IResult> RenderAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Attendance);
        }

        string title = DashboardLayout.Label(r, DashboardTab.Attendance);
        var (filter, errors) = AttendanceFilter.Parse(r, config);
        if (errors.Count > 0)
        {
            // Nothing is read for a filter that names nothing: the form again, with what was wrong.
            return DashboardLayout.Page(r, DashboardTab.Attendance, title, Html.Of($"""
                {DashboardForms.Errors(r, errors)}
                {AttendanceFilterForm.Render(r, config, filter.Series?.Id, filter.Year)}
                """), StatusCodes.Status400BadRequest);
        }

        var form = AttendanceFilterForm.Render(r, config, filter.Series?.Id, filter.Year);
        if (filter.Series is not { } series)
        {
            return DashboardLayout.Page(r, DashboardTab.Attendance, title, Html.Of($"""
                <p class="empty">{r.L("Deze configuratie heeft geen overleggen.", "This configuration has no meeting series.")}</p>
                """));
        }

        var store = r.Service<DashboardStores>().Attendance;
        var report = await new AttendanceReader(store).ReadAsync(config, series, filter.Year, r.Aborted).ConfigureAwait(false);
        var all = await r.Service<MinutesStore>().ReadAllAsync(config.Partnership.Id, r.Aborted).ConfigureAwait(false);
        var minutes = all.Where(m => m.Series == series.Id).ToDictionary(m => m.Date, StringComparer.Ordinal);
        return DashboardLayout.Page(r, DashboardTab.Attendance, title, Html.Of($"""
            {form}
            {AttendanceReportSection.Render(r, report)}
            {PresenceSection.Render(r, report, minutes)}
            {OpenActionItemsSection.Render(r, config, all)}
            """));
    }
}
