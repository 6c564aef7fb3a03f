using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Dashboard;
using Workflows.Host.Tests.Dashboard.Overview;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Orchestrations.Timeline;
using Workflows.Partnerships.Planning;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.YearReport;

/// <summary>
/// The year report on the Profijt sample run through the 2026–2027 school year (the March directieberaad with low
/// turnout, the 17 November one cancelled ahead, the July werkgroep HBR skipped for the summer holiday, the subsidy round): outcomes as the timeline recorded them, attendance as the Attendance tab shows
/// it, and the CSV read back to the same numbers.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class YearReportTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private const string Page = "dashboard/year-report?year=2026";
    private const string Csv = "dashboard/year-report.csv?year=2026";

    private static readonly LocalDate First = new(2026, 8, 1);
    private static readonly LocalDate Last = new(2027, 7, 31);

    /// <summary>The directieberaad of 17 November cancelled ahead from the dashboard, then the whole school year run.</summary>
    private protected override async Task PrepareAsync(DashboardHost host)
    {
        await host.RunUntilAsync(new LocalDateTime(2026, 8, 3, 9, 0));
        var (status, _) = await host.PostFormAsync("dashboard/series/directieberaad/occurrences/2026-11-17/cancel", [new("reason", "Studiereis"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        await Eventually.UntilAsync(host, async () =>
        {
            var instance = await host.Client.GetInstanceAsync(SeriesSnapshots.InstanceId("profijt", "directieberaad"), getInputsAndOutputs: true);
            return instance!.ReadInputAs<MeetingCycleInput>()!.Overrides?.Any(o => o.Date == "2026-11-17" && o.Cancelled) == true;
        }, "the cycle takes in the cancellation");

        // January's verslag with two action items, one of them done by February.
        await host.RunUntilAsync(new LocalDateTime(2027, 1, 20, 10, 0));
        var config = ProfijtSample.Load().Config;
        var stores = host.Services.GetRequiredService<DashboardStores>();
        var saved = await MinutesCommands.SaveAsync(
            stores.Minutes, stores.Attendance, SeriesSnapshots.Create(config, config.FindMeeting("directieberaad")!), "2027-01-19", "Doorstroom besproken.",
            [new ActionItemDraft("Cijfers verzamelen", "wendy-bosman", "2027-02-12"), new ActionItemDraft("=Open dag plannen", "carla-stortelder", "2027-02-05")],
            "coordinator-hilde", DateTimeOffset.UtcNow);
        Assert.Equal(MinutesOutcome.Saved, saved.Outcome);
        var done = saved.Minutes!.ActionItems.Single(a => a.Owner == "carla-stortelder");
        await MinutesCommands.SetDoneAsync(stores.Minutes, "profijt", "directieberaad", "2027-01-19", done.Key, done: true, new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.Zero));
        await host.RunUntilAsync(new LocalDateTime(2027, 7, 31, 20, 0));
    }

    [Fact]
    public async Task The_report_shows_the_timelines_outcomes_the_attendance_tabs_figures_and_the_rounds_and_the_CSV_reads_back_the_same()
    {
        var config = ProfijtSample.Load().Config;
        var zone = PartnershipPlanner.Zone(config);
        var page = await Host.GetDocumentAsync(Page);
        Assert.Equal("Jaarverslag 2026–2027", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("nl", page.QuerySelector("main")!.GetAttribute("lang") ?? page.DocumentElement.GetAttribute("lang"));

        // What the timeline recorded: per series and date one outcome (a later record of the same date wins, as on the overview).
        var timeline = await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt");
        var recorded = new Dictionary<(string Series, string Date), (string Outcome, string? Reason)>();
        foreach (var e in timeline.OrderBy(e => e.At))
        {
            if (e is { Kind: MeetingEvents.Held or MeetingEvents.Cancelled or MeetingEvents.Skipped, Series: { } series } && Day(e, zone) is { } day && day >= First && day <= Last)
            {
                string outcome = e.Kind == MeetingEvents.Held ? "held" : e.Kind == MeetingEvents.Skipped ? "skipped" : "cancelled";
                recorded[(series, LocalDatePattern.Iso.Format(day))] = (outcome, outcome == "held" || string.IsNullOrWhiteSpace(e.Reason) ? null : e.Reason.Trim());
            }
        }

        Assert.Contains(recorded.Values, v => v.Outcome == "held");
        Assert.Contains(recorded, p => p.Key == ("werkgroep-hbr", "2027-07-21") && p.Value == ("skipped", "zomervakantie"));
        Assert.Contains(recorded, p => p.Key == ("directieberaad", "2026-11-17") && p.Value.Outcome == "cancelled" && p.Value.Reason!.Contains("Studiereis", StringComparison.Ordinal));
        var pageOutcomes = new Dictionary<(string Series, string Date), (string Outcome, string? Reason)>();
        foreach (var meeting in config.Meetings)
        {
            var section = page.QuerySelector($"section.report-series[data-series='{meeting.Id}']")!;
            Assert.Equal(meeting.Title, section.QuerySelector("h2")!.TextContent.Trim());
            foreach (var tr in section.QuerySelectorAll("table.report-meetings tbody tr"))
            {
                string reason = tr.QuerySelector("td.reason")!.TextContent.Trim();
                pageOutcomes.Add((meeting.Id, tr.GetAttribute("data-date")!), (tr.GetAttribute("data-outcome")!, reason.Length == 0 ? null : reason));
            }

            // The summary's counts are the section's rows counted.
            var counts = page.QuerySelector($"table.report-outcomes tr[data-series='{meeting.Id}']")!;
            Assert.Equal(Count(recorded, meeting.Id, "held"), int.Parse(counts.QuerySelector("td.held")!.TextContent, CultureInfo.InvariantCulture));
            Assert.Equal(Count(recorded, meeting.Id, "cancelled"), int.Parse(counts.QuerySelector("td.cancelled")!.TextContent, CultureInfo.InvariantCulture));
            Assert.Equal(Count(recorded, meeting.Id, "skipped"), int.Parse(counts.QuerySelector("td.skipped")!.TextContent, CultureInfo.InvariantCulture));
        }

        Assert.Equal(recorded.OrderBy(p => p.Key).ToList(), pageOutcomes.OrderBy(p => p.Key).ToList());

        // In a table the date with the hours: "dinsdag 16 maart 2027, 15.00–17.00 uur".
        var march = page.QuerySelector("section.report-series[data-series='directieberaad'] tr[data-date='2027-03-16']")!;
        Assert.Equal("dinsdag 16 maart 2027, 15.00–17.00 uur", march.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("gehouden", march.QuerySelectorAll("td")[1].TextContent.Trim());

        // Attendance: per series exactly the Attendance tab's rows, labelled as based on acceptances.
        var csvExpected = new List<string[]>();
        foreach (var meeting in config.Meetings)
        {
            var tab = await Host.GetDocumentAsync($"dashboard/attendance?series={meeting.Id}&year=2026");
            var tabRows = Rows(tab, "table.attendance", 4);
            var section = page.QuerySelector($"section.report-series[data-series='{meeting.Id}']")!;
            var reportRows = Rows(section, "table.report-attendance", 4);
            Assert.Equal(tabRows, reportRows);
            if (reportRows.Count > 0)
            {
                Assert.Contains("volgens de aanmeldingen (aanwezigheid niet bevestigd)", section.QuerySelector("table.report-attendance caption")!.TextContent, StringComparison.Ordinal);
                Assert.Equal(reportRows.Count, section.QuerySelectorAll("svg.chart rect.bar").Length);
            }

            csvExpected.AddRange(reportRows.Select(row => new[] { "opkomst", meeting.Title, row[0], "", row[1], row[2], row[3], row[4].TrimEnd('%'), "" }));
        }

        Assert.Contains(csvExpected, row => row[1] == "Directieberaad Profijt");

        // The subsidy round of this school year with who applied, as the Subsidies tab has them.
        var subsidies = await Host.GetDocumentAsync("dashboard/subsidies");
        var round = page.QuerySelector("table.report-rounds tr[data-round='techniek-achterhoek-2027']")!;
        Assert.Equal("dinsdag 15 juni 2027", round.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(
            subsidies.QuerySelectorAll("section[data-round='techniek-achterhoek-2027'] .people.applying li[data-person]").Select(li => li.GetAttribute("data-person")).Order(),
            round.QuerySelectorAll("li[data-person]").Select(li => li.GetAttribute("data-person")).Order());

        // The action items of the year's verslagen: counted in the summary, listed per series with who, when and how far.
        var beraad = page.QuerySelector("table.report-outcomes tr[data-series='directieberaad']")!;
        Assert.Equal(("1", "1"), (beraad.QuerySelector("td.actions-done")!.TextContent, beraad.QuerySelector("td.actions-open")!.TextContent));
        Assert.Equal(
            [["=Open dag plannen", "Carla Stortelder", "vrijdag 5 februari 2027", "gedaan op woensdag 3 februari 2027"], ["Cijfers verzamelen", "Wendy Bosman", "vrijdag 12 februari 2027", "open"]],
            page.QuerySelectorAll("#report-directieberaad table.report-actions tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()));
        Assert.Contains("geen actiepunten vastgelegd", page.QuerySelector("#report-klankbord-decanen")!.TextContent, StringComparison.Ordinal);

        // The CSV: BOM, ';', the header the page documents, then the same numbers and outcomes.
        using var response = await Host.Http.GetAsync(new Uri(Csv, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("jaarverslag-profijt-2026-2027.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Fields).ToList();
        Assert.Equal(page.QuerySelectorAll(".csv-columns dt").Select(dt => dt.TextContent), lines[0]);
        Assert.Equal(["Soort", "Overleg", "Organisatie", "Datum", "Bijeenkomsten", "Uitgenodigd", "Aanwezig", "Opkomst (%)", "Reden"], lines[0]);
        Assert.Equal(csvExpected.Select(r => string.Join('|', r)), lines.Skip(1).Where(l => l[0] == "opkomst").Select(l => string.Join('|', l)));
        var titles = config.Meetings.ToDictionary(m => m.Title, m => m.Id);

        // An action item's text that Excel would run as a formula stays text.
        Assert.Equal(
            [["actiepunt", "Directieberaad Profijt", "", "2027-02-05", "", "", "", "", "'=Open dag plannen (Carla Stortelder; gedaan)"], ["actiepunt", "Directieberaad Profijt", "", "2027-02-12", "", "", "", "", "Cijfers verzamelen (Wendy Bosman; open)"]],
            lines.Skip(1).Where(l => l[0] == "actiepunt"));
        var csvOutcomes = lines.Skip(1).Where(l => l[0] is not "opkomst" and not "actiepunt").ToDictionary(
            l => (titles[l[1]], l[3]),
            l => (l[0] switch { "gehouden" => "held", "afgelast" => "cancelled", "vervallen" => "skipped", _ => l[0] }, l[8].Length == 0 ? null : l[8]));
        Assert.Equal(recorded.OrderBy(p => p.Key).ToList(), csvOutcomes.OrderBy(p => p.Key).Select(p => new KeyValuePair<(string, string), (string, string?)>(p.Key, p.Value)).ToList());

        // Linked from the overview next to the year plan; signed-in only; an impossible year is refused.
        Assert.NotNull((await Host.GetDocumentAsync("dashboard")).QuerySelector("a[href='/dashboard/year-report']"));
        Assert.Equal("Jaarverslag 2026–2027", (await Host.GetDocumentAsync("dashboard/year-report")).QuerySelector("main h1")!.TextContent.Trim());
        foreach (string path in new[] { Page, Csv })
        {
            using var anonymous = await Host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/dashboard/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        foreach (string path in new[] { "dashboard/year-report?year=20x6", "dashboard/year-report.csv?year=1999", "dashboard/year-report?year=123456789" })
        {
            using var bad = await Host.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("wordt niet herkend", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static int Count(Dictionary<(string Series, string Date), (string Outcome, string? Reason)> recorded, string series, string outcome)
        => recorded.Count(p => p.Key.Series == series && p.Value.Outcome == outcome);

    /// <summary>A table's body rows: the organization's name, then the first <paramref name="numbers"/> cells after it (meetings, invited, attended, rate).</summary>
    private static List<string[]> Rows(IParentNode root, string table, int numbers)
        => [.. root.QuerySelectorAll($"{table} tbody tr[data-org]").Select(tr =>
            new[] { tr.QuerySelector("th")!.TextContent.Trim() }.Concat(tr.QuerySelectorAll("td").Take(numbers).Select(td => td.TextContent.Trim())).ToArray())];

    /// <summary>One CSV line split at ';', with "quoted" fields (doubled quotes inside).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static LocalDate? Day(TimelineEvent e, DateTimeZone zone)
        => e.Date is { } date ? LocalDatePattern.Iso.Parse(date).GetValueOrThrow()
            : e.Start is { } start ? Instant.FromDateTimeOffset(start).InZone(zone).Date : null;
}
