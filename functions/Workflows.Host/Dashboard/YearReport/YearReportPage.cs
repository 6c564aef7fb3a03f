using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Dashboard.Subsidies;
using Workflows.Messaging.Templates;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>
/// The printable year report at <c>/dashboard/year-report?year=2026</c> (default the current school year) for the
/// besturen and the directieberaad: per series the meetings held, cancelled and skipped with the reasons, the
/// attendance per organization (the Attendance tab's figures, chart and table), and the school year's subsidy rounds
/// with who applied; <c>/dashboard/year-report.csv</c> has the same figures. Like the year plan it is written in the
/// partnership's language, and only the report itself is printed. Attendance counts the confirmed presence where a
/// coordinator confirmed it and who had accepted elsewhere, and the report says which of the two it is.
/// </summary>
internal static class YearReportPage
{
    public const string Path = DashboardEndpoints.Prefix + "/year-report";
    public const string CsvPath = Path + ".csv";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/year-report", RenderAsync);
        dashboard.MapPage("/year-report.csv", CsvAsync);
    }

    private static async Task<IResult> CsvAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Overview);
        }

        if (Year(r) is not { } year)
        {
            return BadYear(r);
        }

        var t = new YearReportTexts(config);
        var model = await YearReportReader.ReadAsync(r, config, year).ConfigureAwait(false);
        string name = string.Create(CultureInfo.InvariantCulture, $"{t.T("jaarverslag", "year-report")}-{config.Partnership.Id}-{year.StartYear}-{year.StartYear + 1}.csv");
        return Results.File(YearReportCsv.Write(model, t), "text/csv; charset=utf-8", name);
    }

    private static async Task<IResult> RenderAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Overview);
        }

        if (Year(r) is not { } year)
        {
            return BadYear(r);
        }

        var t = new YearReportTexts(config);
        var model = await YearReportReader.ReadAsync(r, config, year).ConfigureAwait(false);
        string title = t.T($"Jaarverslag {year.Label}", $"Year report {year.Label}");
        var nav = Html.Of($"""
            <nav class="screen-only year-nav" aria-label="{r.L("Schooljaren", "School years")}">
              <a href="{Path}?year={year.StartYear - 1}">{r.L("Vorig schooljaar", "Previous school year")} ({new SchoolYear(year.StartYear - 1).Label})</a>
              <a href="{Path}?year={year.StartYear + 1}">{r.L("Volgend schooljaar", "Next school year")} ({new SchoolYear(year.StartYear + 1).Label})</a>
            </nav>
            <p class="screen-only hint">{r.L("Druk deze pagina af of sla hem op als pdf via de afdrukfunctie van de browser; alleen het jaarverslag wordt afgedrukt.", "Print this page or save it as a PDF with the browser's print function; only the report is printed.")}</p>
            """);
        var content = Html.Of($"""
            {nav}
            <p class="report-intro">{t.T(
                $"De overleggen van {config.Partnership.Name} in het schooljaar {year.Label}: welke bijeenkomsten zijn gehouden en welke niet zijn doorgegaan, de opkomst per organisatie en de subsidierondes.",
                $"The meetings of {config.Partnership.Name} in the school year {year.Label}: which meetings were held and which did not take place, the attendance per organization and the subsidy rounds.")}</p>
            {Summary(model, t)}
            {Html.Join(model.Series, s => Series(s, t))}
            {Rounds(model, t)}
            {Csv(year, t)}
            """);
        return DashboardLayout.Page(r, DashboardTab.Overview, title, content, contentLanguage: t.Lang);
    }

    /// <summary>The school year asked for (default the current one); null when it is no school year.</summary>
    private static SchoolYear? Year(DashboardRequest r)
    {
        string? asked = r.Http.Request.Query["year"];
        if (asked is null)
        {
            return SchoolYear.Containing(r.Today);
        }

        return SchoolYear.TryParse(asked, out var year) ? year : null;
    }

    private static IResult BadYear(DashboardRequest r)
    {
        string asked = r.Http.Request.Query["year"].ToString();
        string shown = asked.Length <= 20 ? asked : asked[..20] + "…";
        return DashboardLayout.Page(r, DashboardTab.Overview, r.L("Jaarverslag", "Year report"), Html.Of($"""
            {DashboardForms.Errors(r, [r.L($"'{shown}' wordt niet herkend: geef het schooljaar als het jaar waarin het begint, bijvoorbeeld 2026 voor 2026–2027 ({SchoolYear.Earliest}–{SchoolYear.Latest}).", $"'{shown}' is not recognised: give the school year as the year it starts in, for example 2026 for 2026–2027 ({SchoolYear.Earliest}–{SchoolYear.Latest}).")])}
            <p><a href="{Path}">{r.L("Naar het jaarverslag van dit schooljaar", "To this school year's report")}</a></p>
            """), StatusCodes.Status400BadRequest);
    }

    private static Html Summary(YearReportModel model, YearReportTexts t)
    {
        var rows = Html.Join(model.Series, s => Html.Of($"""
            <tr data-series="{s.Meeting.Id}"><th scope="row">{s.Meeting.Title}</th><td class="num held">{s.Held.Count}</td><td class="num cancelled">{s.CancelledCount}</td><td class="num skipped">{s.SkippedCount}</td><td class="num actions-done">{s.ActionItemsDone}</td><td class="num actions-open">{s.ActionItemsOpen}</td></tr>

            """));
        return Html.Of($"""
            <section class="report-summary" aria-labelledby="report-summary-title">
            <h2 id="report-summary-title">{t.T("Bijeenkomsten per overleg", "Meetings per series")}</h2>
            <div class="table-wrap">
            <table class="report-outcomes">
            <thead><tr><th scope="col">{t.T("Overleg", "Meeting series")}</th><th scope="col" class="num">{t.T("Gehouden", "Held")}</th><th scope="col" class="num">{t.T("Afgelast", "Cancelled")}</th><th scope="col" class="num">{t.T("Vervallen", "Skipped")}</th><th scope="col" class="num">{t.T("Actiepunten gedaan", "Action items done")}</th><th scope="col" class="num">{t.T("Actiepunten open", "Action items open")}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            </section>
            """);
    }

    private static Html Series(SeriesYear s, YearReportTexts t)
    {
        string id = $"report-{s.Meeting.Id}";
        var outcomes = MeetingOutcome.Of(s);
        var meetings = outcomes.Count == 0
            ? Html.Of($"<p class=\"empty\">{t.T("In dit schooljaar is geen bijeenkomst gehouden, afgelast of vervallen.", "No meeting was held, cancelled or skipped in this school year.")}</p>")
            : Html.Of($"""
                <div class="table-wrap">
                <table class="report-meetings">
                <caption>{t.T("Bijeenkomsten", "Meetings")}, {s.Meeting.Title}</caption>
                <thead><tr><th scope="col">{t.T("Datum", "Date")}</th><th scope="col">{t.T("Uitkomst", "Outcome")}</th><th scope="col">{t.T("Reden", "Reason")}</th></tr></thead>
                <tbody>
                {Html.Join(outcomes, o => Html.Of($"""
                    <tr data-date="{o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" data-outcome="{o.Kind}"><td>{t.When(o)}</td><td>{t.Outcome(o.Kind)}</td><td class="reason">{o.Reason ?? string.Empty}</td></tr>

                    """))}</tbody>
                </table>
                </div>
                """);
        return Html.Of($"""
            <section class="report-series" id="{id}" aria-labelledby="{id}-title" data-series="{s.Meeting.Id}">
            <h2 id="{id}-title">{s.Meeting.Title}</h2>
            {meetings}
            {Attendance(s, t)}
            {ActionItems(s, t)}
            </section>
            """);
    }

    /// <summary>The action items agreed this year, with who, when due and whether done.</summary>
    private static Html ActionItems(SeriesYear s, YearReportTexts t)
    {
        string title = t.T("Actiepunten", "Action items");
        if (s.ActionItems.Count == 0)
        {
            return Html.Of($"""
                <h3>{title}</h3>
                <p class="empty">{t.T("In de verslagen van dit schooljaar zijn geen actiepunten vastgelegd.", "The minutes of this school year record no action items.")}</p>
                """);
        }

        return Html.Of($"""
            <h3>{title}</h3>
            <p class="meta">{t.T($"{s.ActionItemsDone} gedaan, {s.ActionItemsOpen} open.", $"{s.ActionItemsDone} done, {s.ActionItemsOpen} open.")}</p>
            <div class="table-wrap">
            <table class="report-actions">
            <caption>{title}, {s.Meeting.Title}</caption>
            <thead><tr><th scope="col">{t.T("Actiepunt", "Action item")}</th><th scope="col">{t.T("Wie", "Who")}</th><th scope="col">{t.T("Uiterlijk", "Due")}</th><th scope="col">{t.T("Status", "Status")}</th></tr></thead>
            <tbody>
            {Html.Join(s.ActionItems, a => Html.Of($"""
                <tr data-action="{a.Key}" data-done="{(a.Open ? "false" : "true")}"><td>{a.What}</td><td>{a.OwnerName}</td><td>{t.Due(a)}</td><td>{t.State(a)}</td></tr>

                """))}</tbody>
            </table>
            </div>
            """);
    }

    private static Html Attendance(SeriesYear s, YearReportTexts t)
    {
        var report = s.Attendance;
        string title = t.T("Opkomst per organisatie", "Attendance per organization");
        if (report.Organizations.Count == 0)
        {
            return Html.Of($"""
                <h3>{title}</h3>
                <p class="empty">{t.T("Er zijn nog geen opkomstcijfers: in dit schooljaar is nog geen bijeenkomst gehouden.", "There are no attendance figures yet: no meeting has been held in this school year.")}</p>
                """);
        }

        string basis = Basis(report, t);
        string threshold = t.Percent(report.Threshold);
        int low = report.Organizations.Count(o => o.Low);
        var chart = AttendanceChart.Render(new AttendanceChartModel(
            $"report-chart-{s.Meeting.Id}",
            $"{title}, {s.Meeting.Title}, {basis}",
            t.T(
                $"Horizontale staven: het deel van de genodigden dat zich had aangemeld, per organisatie. Drempel voor lage opkomst: {threshold}; {low} van {report.Organizations.Count} organisaties eronder.",
                $"Horizontal bars: the share of those invited who had accepted, per organization. Low-turnout threshold: {threshold}; {low} of {report.Organizations.Count} organizations below it."),
            report.Threshold,
            t.T($"drempel {threshold}", $"threshold {threshold}"),
            t.T("onder drempel", "below threshold"),
            [.. report.Organizations.Select(o => new ChartBar(o.Name, o.Rate, t.Percent(o.Rate), o.Low))],
            [t.Percent(0), t.Percent(0.5), t.Percent(1)]));
        var rows = Html.Join(report.Organizations, o => Html.Of($"""
            <tr data-org="{o.OrganizationId}"><th scope="row">{o.Name}</th><td class="num">{o.Meetings}</td><td class="num">{o.Invited}</td><td class="num">{o.Attended}</td><td class="num rate">{t.Percent(o.Rate)}</td></tr>

            """));
        return Html.Of($"""
            <h3>{title}</h3>
            <p class="meta basis">{BasisSentence(report, t, basis)} {t.T($"Drempel voor lage opkomst: {threshold}.", $"Low-turnout threshold: {threshold}.")}</p>
            <div class="chart-wrap" tabindex="0" role="region" aria-label="{t.T("Grafiek", "Chart")}">{chart}</div>
            <div class="table-wrap">
            <table class="report-attendance">
            <caption>{title}, {s.Meeting.Title}, {basis}</caption>
            <thead><tr><th scope="col">{t.T("Organisatie", "Organization")}</th><th scope="col" class="num">{t.T("Bijeenkomsten", "Meetings")}</th><th scope="col" class="num">{t.T("Uitgenodigd", "Invited")}</th><th scope="col" class="num">{t.T("Aanwezig", "Attended")}</th><th scope="col" class="num">{t.T("Opkomst", "Rate")}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            """);
    }

    private static Html Rounds(YearReportModel model, YearReportTexts t)
    {
        var order = StringComparer.Create(t.Culture, ignoreCase: false);
        var content = model.Rounds.Count == 0
            ? Html.Of($"<p class=\"empty\">{t.T("In dit schooljaar waren er geen subsidierondes.", "There were no subsidy rounds in this school year.")}</p>")
            : Html.Of($"""
                <div class="table-wrap">
                <table class="report-rounds">
                <thead><tr><th scope="col">{t.T("Regeling", "Scheme")}</th><th scope="col">{t.T("Verstrekker", "Funder")}</th><th scope="col">{t.T("Aanvragen uiterlijk", "Applications due by")}</th><th scope="col">{t.T("Aanvraag door", "Application by")}</th></tr></thead>
                <tbody>
                {Html.Join(model.Rounds, round => Round(round, t, order))}</tbody>
                </table>
                </div>
                """);
        return Html.Of($"""
            <section class="report-subsidies" aria-labelledby="report-subsidies-title">
            <h2 id="report-subsidies-title">{t.T("Subsidierondes", "Subsidy rounds")}</h2>
            {content}
            </section>
            """);
    }

    private static Html Round(SubsidyRoundView round, YearReportTexts t, StringComparer order)
    {
        var applying = round.Applying.Count == 0
            ? Html.Of($"<span class=\"empty\">{t.T("geen aanvraag", "no application")}</span>")
            : Html.Of($"""<ul class="applicants">{Html.Join(round.Applying.OrderBy(p => p.Organization, order).ThenBy(p => p.Name, order), p => Html.Of($"""<li data-person="{p.Id}">{p.Organization} <span class="meta">({p.Name})</span></li>"""))}</ul>""");
        return Html.Of($"""
            <tr data-round="{round.Id}"><th scope="row">{round.Title}</th><td>{round.Funder}</td><td>{TimeOfDayFormat.Deadline(round.Deadline, round.DeadlineTime, t.Language)}</td><td>{applying}</td></tr>

            """);
    }

    /// <summary>What the attended figures rest on: the answers, the confirmed presence, or both (with how many are not confirmed).</summary>
    private static string Basis(AttendanceReport report, YearReportTexts t) => report.Unconfirmed switch
    {
        0 => t.T("volgens de bevestigde aanwezigheid", "from the confirmed presence"),
        var n when n == report.Held => t.T("volgens de aanmeldingen (aanwezigheid niet bevestigd)", "from the acceptances (presence not confirmed)"),
        var n => t.T($"volgens de bevestigde aanwezigheid; van {n} van de {report.Held} bijeenkomsten is de aanwezigheid niet bevestigd", $"based on confirmed presence; {n} of {report.Held} meetings not confirmed"),
    };

    private static string BasisSentence(AttendanceReport report, YearReportTexts t, string basis) => report.Unconfirmed switch
    {
        0 => t.T($"Aanwezig: {basis}. Een organisatie die aanwezig was, telt met al haar uitnodigingen als aanwezig.", $"Attended: {basis}. An organization that was present counts as present with all its invitations."),
        var n when n == report.Held => t.T($"Aanwezig: {basis}. Wie zich had aangemeld, telt als aanwezig.", $"Attended: {basis}. Whoever had accepted counts as present."),
        _ => t.T($"Aanwezig: {basis}. Waar de aanwezigheid is bevestigd, telt een organisatie die aanwezig was met al haar uitnodigingen als aanwezig; bij de andere bijeenkomsten telt wie zich had aangemeld.", $"Attended: {basis}. Where presence was confirmed, an organization that was present counts as present with all its invitations; at the other meetings, whoever had accepted counts."),
    };

    /// <summary>The download and what its columns hold (on screen only: the printed report needs neither).</summary>
    private static Html Csv(SchoolYear year, YearReportTexts t)
    {
        var columns = YearReportCsv.Columns(t);
        string[] meanings =
        [
            t.T($"'{YearReportCsv.AttendanceKind(t)}' bij een regel per overleg en organisatie; 'gehouden', 'afgelast' of 'vervallen' bij een bijeenkomst; '{YearReportCsv.ActionKind(t)}' bij een actiepunt.", $"'{YearReportCsv.AttendanceKind(t)}' for a row per series and organization, a meeting's outcome: 'held', 'cancelled' or 'skipped', or '{YearReportCsv.ActionKind(t)}' for an action item."),
            t.T("De naam van het overleg.", "The meeting series' name."),
            t.T("Alleen bij opkomst: de organisatie.", "Attendance rows only: the organization."),
            t.T("Bij een bijeenkomst: de datum; bij een actiepunt: de datum waarop het uiterlijk klaar moet zijn (jjjj-mm-dd).", "Meeting rows: the date; action items: the due date (yyyy-mm-dd)."),
            t.T("Alleen bij opkomst: het aantal gehouden bijeenkomsten waarvoor de organisatie was uitgenodigd.", "Attendance rows only: the number of meetings held that the organization was invited to."),
            t.T("Alleen bij opkomst: het aantal uitnodigingen, opgeteld over die bijeenkomsten.", "Attendance rows only: the number of invitations, summed over those meetings."),
            t.T("Alleen bij opkomst: het aantal aanwezigen, opgeteld over die bijeenkomsten: bij een bijeenkomst met bevestigde aanwezigheid alle uitnodigingen van een organisatie die aanwezig was, anders het aantal aanmeldingen.", "Attendance rows only: the number attended, summed over those meetings: at a meeting with confirmed presence all invitations of an organization that was present, otherwise the number of acceptances."),
            t.T("Alleen bij opkomst: het aantal aanwezigen als percentage van het aantal uitnodigingen, afgerond op hele procenten.", "Attendance rows only: attended as a percentage of invited, rounded to a whole number."),
            t.T("Bij afgelast of vervallen: de reden; bij een actiepunt: wat, wie en of het gedaan of nog open is.", "Cancelled or skipped: the reason; action items: what, who, and whether it is done or still open."),
        ];
        var list = Html.Join(columns.Zip(meanings), c => Html.Of($"<dt>{c.First}</dt><dd>{c.Second}</dd>\n"));
        return Html.Of($"""
            <section class="screen-only report-csv" aria-labelledby="report-csv-title">
            <h2 id="report-csv-title">{t.T("De cijfers als CSV-bestand", "The figures as a CSV file")}</h2>
            <p><a class="button" href="{CsvPath}?year={year.StartYear}" download>{t.T($"CSV-bestand {year.Label} downloaden", $"Download the CSV file {year.Label}")}</a></p>
            <p>{t.T(
                "U kunt het bestand openen in Excel (UTF-8, met een puntkomma tussen de velden). In de eerste regel staan de kolomnamen; daarna volgt per overleg en organisatie een regel met de opkomst, per bijeenkomst een regel met de uitkomst en per actiepunt een regel. De kolommen:",
                "The file opens in Excel: UTF-8, with a semicolon between the fields. The first row has the column names; then a row per series and organization with the attendance, a row per meeting with its outcome and a row per action item. The columns:")}</p>
            <dl class="csv-columns">
            {list}</dl>
            </section>
            """);
    }
}
