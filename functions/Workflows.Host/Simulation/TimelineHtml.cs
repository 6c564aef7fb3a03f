using Workflows.Orchestrations.Timeline;
using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Simulation;

/// <summary>
/// <c>timeline.html</c>: the timeline month by month, in Dutch, as a coordinator would print it (one month per
/// page when printed). Everything from the file or the configuration is HTML-escaped. No engine words: every kind
/// and answer has a Dutch label, times are written "15.00 uur" (shared/SCHRIJFWIJZER.md).
/// </summary>
internal static class TimelineHtml
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <param name="files">Each event's outbox files relative to the page (<see cref="SimulationResult.Files"/>); linked in the last column.</param>
    public static string Write(PartnershipConfig config, LocalDate from, LocalDate to, IReadOnlyList<TimelineEvent> events, IReadOnlyDictionary<TimelineEvent, IReadOnlyList<string>>? files = null)
    {
        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        var titles = config.Meetings.ToDictionary(m => m.Id, m => m.ShortName ?? m.Title, StringComparer.Ordinal);
        var rounds = config.SubsidyRounds.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        var convenants = config.Convenants.ToDictionary(
            c => c.Id,
            c => $"Convenant {config.FindOrganization(c.Vmbo)?.Name ?? c.Vmbo} – {config.FindOrganization(c.Mbo)?.Name ?? c.Mbo}",
            StringComparer.Ordinal);
        var html = new StringBuilder();
        string title = $"Tijdlijn {config.Partnership.Name}, {Day(from)} t/m {Day(to)}";
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>\nbody{font-family:system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #999}\n")
            .Append("table{border-collapse:collapse;width:100%;font-size:.9em}th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid #ddd}\n")
            .Append(".meeting-cancelled,.meeting-low-turnout{color:#a00}.meeting-skipped,.meeting-agenda-skipped{color:#777}\n")
            .Append("@media print{section{page-break-after:always}body{margin:0}}\n</style>\n</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        if (events.Count == 0)
        {
            html.Append("<p>Geen gebeurtenissen in deze periode.</p>\n");
        }

        foreach (var month in events.OrderBy(e => e.At).GroupBy(e => Local(e.At, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        {
            var first = Local(month.First().At, zone);
            html.Append("<section>\n<h2>").Append(E(first.ToString("MMMM yyyy", Dutch))).Append("</h2>\n<table>\n<thead><tr><th>Wanneer</th><th>Wat</th><th>Overleg</th><th>Bijeenkomst</th><th>Aan</th><th>Toelichting</th><th>Berichten</th></tr></thead>\n<tbody>\n");
            foreach (var e in month)
            {
                string series = e.Series is { } id ? titles.GetValueOrDefault(id, id)
                    : e.Round is { } round ? rounds.GetValueOrDefault(round, round)
                    : e.Convenant is { } convenant ? convenants.GetValueOrDefault(convenant, convenant)
                    : string.Empty;
                string meeting = e.Start is { } s
                    ? Local(s, zone).ToString("ddd d MMM yyyy HH.mm", Dutch) + (e.End is { } end ? "–" + Local(end, zone).ToString("HH.mm", Dutch) : string.Empty) + " uur"
                    : string.Empty;
                string recipients = e.Recipients is { Count: > 0 } r ? string.Create(Dutch, $"{r.Count} {(r.Count == 1 ? "persoon" : "personen")}") : string.Empty;
                html.Append("<tr class=\"").Append(E(e.Kind.Replace('.', '-'))).Append("\"><td>")
                    .Append(E(Local(e.At, zone).ToString("ddd d MMM HH.mm", Dutch))).Append("</td><td>")
                    .Append(E(Label(e.Kind))).Append("</td><td>")
                    .Append(E(series)).Append("</td><td>")
                    .Append(E(meeting)).Append("</td><td>")
                    .Append(E(recipients)).Append("</td><td>")
                    .Append(E(Reason(e))).Append("</td><td>")
                    .Append(Links(files is not null && files.TryGetValue(e, out var sent) ? sent : [])).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The Dutch name of a timeline kind; a kind this file does not know yet is "Overige gebeurtenis", never the code.</summary>
    public static string Label(string kind) => kind switch
    {
        MeetingEvents.AgendaRequested => "Agendapunten gevraagd",
        MeetingEvents.AgendaSkipped => "Agendapunten niet gevraagd",
        MeetingEvents.AgendaItemProposed => "Agendapunt ingediend",
        MeetingEvents.Invited => "Uitnodiging verstuurd",
        MeetingEvents.Updated => "Uitnodiging bijgewerkt",
        MeetingEvents.Moved => "Verplaatst",
        MeetingEvents.Reminded => "Herinnering verstuurd",
        MeetingEvents.AtRisk => "Coördinatoren gevraagd: doorgaan of afgelasten",
        MeetingEvents.Confirmed => "Bevestigd",
        MeetingEvents.Cancelled => "Afgelast",
        MeetingEvents.LowTurnout => "Weinig aanmeldingen gemeld",
        MeetingEvents.Held => "Gehouden",
        MeetingEvents.Skipped => "Overgeslagen",
        MeetingEvents.MinutesSent => "Verslag verstuurd",
        MeetingEvents.ActionItemReminded => "Herinnering actiepunt",
        "subsidy.announced" => "Subsidieronde aangekondigd",
        "subsidy.reminded" => "Herinnering subsidieronde",
        "subsidy.acknowledged" => "Reactie op subsidieronde",
        "subsidy.application-shared" => "Aanvraag gedeeld",
        "subsidy.application-withdrawn" => "Toch geen aanvraag",
        "subsidy.deadline-changed" => "Deadline verplaatst",
        "subsidy.closed" => "Subsidieronde gesloten",
        "subsidy.withdrawn" => "Subsidieronde ingetrokken",
        "review.invited" => "Uitnodiging bestuursgesprek verstuurd",
        "review.reminded" => "Herinnering bestuursgesprek",
        "review.declined" => "Afmelding voor bestuursgesprek",
        "review.rescheduled" => "Bestuursgesprek verplaatst",
        "review.held" => "Bestuursgesprek gehouden",
        "review.outcome-missing" => "Uitkomst bestuursgesprek gevraagd",
        "convenant.expiring" => "Convenant loopt af",
        "workflow.step-failed" => "Stap niet gelukt",
        _ => "Overige gebeurtenis",
    };

    /// <summary>The reason as recorded, except a subsidy answer, which is recorded as its action code ("applying").</summary>
    public static string Reason(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind == SubsidyEvents.Acknowledged
            ? e.Reason switch
            {
                SubsidyEvents.Applying => "vraagt aan",
                SubsidyEvents.Declined => "niet voor ons",
                _ => e.Reason ?? string.Empty,
            }
            : e.Reason ?? string.Empty;
    }

    /// <summary>
    /// Links to the files, each named by its file name without the date (the row has it); more than three (one per
    /// person) fold into "26 berichten", opened with a click, so a row stays one line when printed.
    /// </summary>
    private static string Links(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return string.Empty;
        }

        var links = new StringBuilder();
        foreach (string file in files)
        {
            string name = file[(file.LastIndexOf('/') + 1)..];
            string href = string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
            string text = name.Length > 11 && char.IsAsciiDigit(name[0]) && name[10] == ' ' ? name[11..] : name;
            links.Append("<a href=\"").Append(E(href)).Append("\">").Append(E(text)).Append("</a><br>");
        }

        return files.Count <= 3
            ? links.ToString()
            : string.Create(Dutch, $"<details><summary>{files.Count} berichten</summary>{links}</details>");
    }

    private static DateTimeOffset Local(DateTimeOffset at, DateTimeZone zone) => Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset();

    private static string Day(LocalDate date) => date.ToString("d MMMM yyyy", Dutch);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
