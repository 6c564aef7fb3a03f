namespace Workflows.Host.Dashboard.Attendance;

/// <summary>The figures behind the chart, per organization: meetings, invited, attended, rate, and whether that is low.</summary>
internal static class AttendanceTable
{
    public static Html Render(DashboardRequest r, AttendanceReport report)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(report);
        var rows = Html.Join(report.Organizations, o => Html.Of($"""
            <tr data-org="{o.OrganizationId}"><th scope="row">{o.Name}</th><td class="num">{o.Meetings}</td><td class="num">{o.Invited}</td><td class="num">{o.Attended}</td><td class="num rate">{AttendanceFormat.Percent(o.Rate, r.Culture)}</td><td>{Status(r, o.Low)}</td></tr>

            """));
        return Html.Of($"""
            <div class="table-wrap">
            <table class="attendance">
            <caption>{r.L("Opkomst per organisatie", "Attendance per organization")}, {report.Series.Title}, {r.L("schooljaar", "school year")} {report.Year.Label}</caption>
            <thead><tr><th scope="col">{r.L("Organisatie", "Organization")}</th><th scope="col" class="num">{r.L("Bijeenkomsten", "Meetings")}</th><th scope="col" class="num">{r.L("Uitgenodigd", "Invited")}</th><th scope="col" class="num">{r.L("Aanwezig", "Attended")}</th><th scope="col" class="num">{r.L("Opkomst", "Rate")}</th><th scope="col">{r.L("Status", "Status")}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            """);
    }

    private static Html Status(DashboardRequest r, bool low) => low
        ? Html.Of($"<span class=\"badge bad\">{r.L("Lage opkomst", "Low turnout")}</span>")
        : Html.Of($"<span class=\"badge ok\">{r.L("Voldoende", "Sufficient")}</span>");
}
