namespace Workflows.Host.Dashboard.Attendance;

/// <summary>The chosen series and year: chart, table and low-turnout list, or a plain sentence when nothing was held yet.</summary>
internal static class AttendanceReportSection
{
    public static Html Render(DashboardRequest r, AttendanceReport report)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(report);
        string heading = $"{report.Series.Title} \u00b7 {r.L("schooljaar", "school year")} {report.Year.Label}";
        if (report.Organizations.Count == 0)
        {
            return Html.Of($"""
                <section class="card report" aria-labelledby="report-title">
                <h2 id="report-title">{heading}</h2>
                <p class="empty">{r.L($"In schooljaar {report.Year.Label} is nog geen bijeenkomst van {report.Series.Title} gehouden.", $"No meeting of {report.Series.Title} has been held in school year {report.Year.Label} yet.")}</p>
                </section>
                """);
        }

        string threshold = AttendanceFormat.Percent(report.Threshold, r.Culture);
        int low = report.Organizations.Count(o => o.Low);
        string held = r.L(
            report.Held == 1 ? "1 bijeenkomst gehouden" : $"{report.Held} bijeenkomsten gehouden",
            report.Held == 1 ? "1 meeting held" : $"{report.Held} meetings held");
        var chart = AttendanceChart.Render(new AttendanceChartModel(
            "attendance-chart",
            r.L($"Opkomst per organisatie, {report.Series.Title}, schooljaar {report.Year.Label}", $"Attendance per organization, {report.Series.Title}, school year {report.Year.Label}"),
            r.L(
                $"Horizontale staven: het deel van de genodigden dat aanwezig was, per organisatie. {held}. Drempel voor lage opkomst: {threshold}; {low} van {report.Organizations.Count} organisaties eronder.",
                $"Horizontal bars: the share of those invited who attended, per organization. {held}. Low-turnout threshold: {threshold}; {low} of {report.Organizations.Count} organizations below it."),
            report.Threshold,
            r.L($"drempel {threshold}", $"threshold {threshold}"),
            r.L("onder drempel", "below threshold"),
            [.. report.Organizations.Select(o => new ChartBar(o.Name, o.Rate, AttendanceFormat.Percent(o.Rate, r.Culture), o.Low))],
            [AttendanceFormat.Percent(0, r.Culture), AttendanceFormat.Percent(0.5, r.Culture), AttendanceFormat.Percent(1, r.Culture)]));
        return Html.Of($"""
            <section class="card report" aria-labelledby="report-title">
            <h2 id="report-title">{heading}</h2>
            <p class="meta">{held} · {Confirmation(r, report)} · {r.L("drempel voor lage opkomst", "low-turnout threshold")}: {threshold}</p>
            <div class="chart-wrap" tabindex="0" role="region" aria-label="{r.L("Grafiek", "Chart")}">{chart}</div>
            {AttendanceTable.Render(r, report)}
            </section>
            {LowTurnoutSection.Render(r, report)}
            """);
    }

    /// <summary>How many of the figures rest on answers only: "2 niet bevestigd", or "alle bevestigd".</summary>
    private static Html Confirmation(DashboardRequest r, AttendanceReport report) => report.Unconfirmed == 0
        ? Html.Of($"""<span class="confirmation">{r.L("aanwezigheid van alle bijeenkomsten bevestigd", "presence of all meetings confirmed")}</span>""")
        : Html.Of($"""<span class="confirmation"><a href="#presence">{r.L($"{report.Unconfirmed} van {report.Held} niet bevestigd", $"{report.Unconfirmed} of {report.Held} not confirmed")}</a> ({r.L("daar tellen de aanmeldingen", "there the acceptances count")})</span>""");
}
