using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Workflows.Host.Api.Config;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Attendance;

/// <summary>
/// The Attendance tab over real HTTP on the whole app: the Profijt sample run through 16 March 2027, when the
/// afdelingsleiders decline the directieberaad ("Voorbereiding open dag"), read back as chart, table and low-turnout
/// list; expected figures are computed from the rows the meeting cycle stored.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class AttendancePageTests(AzuriteFixture azurite)
{
    private const string Partnership = "profijt";
    private const string Page = "dashboard/attendance";

    [Fact]
    public async Task The_Profijt_year_through_March_shows_each_organizations_rate_marks_low_turnout_and_lists_why()
    {
        // From 21 January: the next directieberaad is 16 March (the one with low turnout); the BWI work group meets 3 February.
        await using var host = await DashboardHost.StartAsync(azurite, day: new LocalDate(2027, 1, 21));
        var config = (await host.Services.GetRequiredService<IPartnershipConfigStore>().GetCurrentAsync())!.Config;
        double threshold = config.FindMeeting("directieberaad")!.LowTurnout;

        var before = await host.GetDocumentAsync(Page);
        Assert.Null(before.QuerySelector("svg.chart"));
        Assert.Null(before.QuerySelector("table.attendance"));
        Assert.Null(before.QuerySelector("#low-turnout"));
        Assert.Contains("is nog geen bijeenkomst van Directieberaad Profijt gehouden", before.QuerySelector("main p.empty")!.TextContent, StringComparison.Ordinal);

        await host.RunUntilAsync(new LocalDateTime(2027, 3, 17, 8, 0));

        var store = AttendanceStore.For(new TableServiceClient(azurite.ConnectionString), host.HubName);
        var rows = await store.ReadOccurrencesAsync(Partnership, "directieberaad", "2026-08-01", "2027-07-31");
        Assert.Equal(["2027-03-16"], rows.Select(r => r.Date).Distinct());

        // What the sample says happened: the afdelingsleider of Slinge Lyceum declined with the open day as reason.
        var slinge = rows.Single(r => r.OrganizationId == "slinge-lyceum");
        Assert.Contains(new DeclineComment("Ahmet Yıldız", "Voorbereiding open dag"), slinge.Declines);
        Assert.Equal(slinge.Declines.Count, slinge.Declined);

        var page = await host.GetDocumentAsync(Page);
        var expected = rows
            .GroupBy(r => r.OrganizationId)
            .ToDictionary(g => g.Key, g => (Meetings: g.Count(), Invited: g.Sum(r => r.Invited), Attended: g.Sum(r => r.Attended)));
        double Rate(string org) => (double)expected[org].Attended / expected[org].Invited;

        // The table: one row per organization invited, with its figures and Dutch percentages.
        var tableRows = page.QuerySelectorAll("table.attendance tbody tr[data-org]").ToList();
        Assert.Equal(expected.Keys.Order(), tableRows.Select(Org).Order());
        Assert.StartsWith("Opkomst per organisatie", page.QuerySelector("table.attendance caption")!.TextContent, StringComparison.Ordinal);
        foreach (var tr in tableRows)
        {
            var (meetings, invited, attended) = expected[Org(tr)];
            var cells = tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(config.FindOrganization(Org(tr))!.Name, tr.QuerySelector("th[scope=row]")!.TextContent);
            Assert.Equal(Invariant(meetings), cells[0]);
            Assert.Equal(Invariant(invited), cells[1]);
            Assert.Equal(Invariant(attended), cells[2]);
            Assert.Equal(Percent(Rate(Org(tr))), cells[3]);
            Assert.Equal(Rate(Org(tr)) < threshold ? "Lage opkomst" : "Voldoende", cells[4]);
        }

        // The chart: one bar per organization in the table's order, as long as its rate; low ones marked in class and text.
        var svg = page.QuerySelector("svg.chart[role=img]")!;
        Assert.NotNull(page.GetElementById(svg.GetAttribute("aria-labelledby")!.Split(' ')[0]));
        var bars = svg.QuerySelectorAll("rect.bar").ToList();
        var values = svg.QuerySelectorAll("text.value").ToList();
        Assert.Equal(tableRows.Count, bars.Count);
        for (int i = 0; i < bars.Count; i++)
        {
            double rate = Rate(Org(tableRows[i]));
            bool low = rate < threshold;
            Assert.Equal(rate * AttendanceChart.BarMaxWidth, Number(bars[i], "width"), 2);
            Assert.Equal(low, bars[i].ClassList.Contains("low"));
            Assert.Equal(low ? $"{Percent(rate)} \u2013 onder drempel" : Percent(rate), values[i].TextContent);
        }

        Assert.Equal(AttendanceChart.X(threshold), Number(svg.QuerySelector("line.threshold")!, "x1"), 2);
        int slingeIndex = tableRows.FindIndex(tr => Org(tr) == "slinge-lyceum");
        int berkelIndex = tableRows.FindIndex(tr => Org(tr) == "berkel-college");
        Assert.Contains("low", bars[slingeIndex].ClassList);
        Assert.DoesNotContain("low", bars[berkelIndex].ClassList); // the coordinator came: 1 of 2 is not below one half

        // Low turnout: exactly the organizations below the threshold at the meeting, with who declined and why.
        var section = page.QuerySelector("section#low-turnout")!;
        var expectedLow = rows.Where(r => r.Invited > 0 && (double)r.Attended / r.Invited < threshold).Select(r => r.OrganizationId).Distinct().Order().ToList();
        Assert.NotEmpty(expectedLow);
        Assert.Equal(expectedLow, section.QuerySelectorAll("article[data-org]").Select(Org).Order());
        var slingeEntry = section.QuerySelector("article[data-org='slinge-lyceum'] li[data-date='2027-03-16']")!;
        Assert.Equal("Slinge Lyceum Winterswijk", section.QuerySelector("article[data-org='slinge-lyceum'] h3")!.TextContent);
        Assert.Contains("Ahmet Yıldız", slingeEntry.QuerySelector(".comments .who")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Voorbereiding open dag", slingeEntry.QuerySelector(".comments q")!.TextContent);

        // Another series, picked in the GET form: its own organizations, nobody low.
        var bwiRows = await store.ReadOccurrencesAsync(Partnership, "werkgroep-bwi", "2026-08-01", "2027-07-31");
        Assert.NotEmpty(bwiRows);
        var bwi = await host.GetDocumentAsync(Page + "?series=werkgroep-bwi&year=2026");
        Assert.Equal("werkgroep-bwi", bwi.QuerySelector("select#series option[selected]")!.GetAttribute("value"));
        Assert.Equal("2026", bwi.QuerySelector("select#year option[selected]")!.GetAttribute("value"));
        Assert.Equal(bwiRows.Select(r => r.OrganizationId).Distinct().Order(), bwi.QuerySelectorAll("table.attendance tbody tr[data-org]").Select(Org).Order());
        Assert.Equal(bwiRows.Select(r => r.OrganizationId).Distinct().Count(), bwi.QuerySelectorAll("svg.chart rect.bar").Length);
        Assert.Equal(bwiRows.Count(r => (double)r.Attended / r.Invited < threshold), bwi.QuerySelectorAll("#low-turnout article[data-org]").Length);

        // The school year before: nothing held, so no chart.
        var lastYear = await host.GetDocumentAsync(Page + "?series=directieberaad&year=2025");
        Assert.Null(lastYear.QuerySelector("svg.chart"));
        Assert.Contains("2025\u20132026", lastYear.QuerySelector("main p.empty")!.TextContent, StringComparison.Ordinal);

        // A filter naming nothing: 400 with both errors and the form again.
        using var bad = await host.Http.GetAsync(new Uri(Page + "?series=bestaat-niet&year=twintig", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = new HtmlParser().ParseDocument(await bad.Content.ReadAsStringAsync());
        var alerts = errors.QuerySelectorAll(".errors[role=alert] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("bestaat-niet", alerts[0], StringComparison.Ordinal);
        Assert.Contains("twintig", alerts[1], StringComparison.Ordinal);
        Assert.NotNull(errors.QuerySelector("form[method=get] select#series"));
        Assert.Null(errors.QuerySelector("svg.chart"));
    }

    [Fact]
    public async Task Rows_from_before_declines_were_kept_still_read_hostile_comments_stay_text_and_English_is_English()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var tables = new TableServiceClient(azurite.ConnectionString);
        var store = AttendanceStore.For(tables, host.HubName);
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        const string hostileName = "Dirk <b>Brinkhuis</b>";
        await store.RecordAsync(Partnership, "directieberaad", "2026-09-15", [new OrganizationAttendance("slinge-lyceum", 2, 0, 2, [new DeclineComment(hostileName, hostile), new DeclineComment("Karin Wissink", null)])]);

        // A row as the meeting cycle wrote it before declines were kept: no Declined, no Declines.
        await tables.GetTableClient(host.HubName + "Attendance").UpsertEntityAsync(
            new TableEntity(Partnership, "occ|directieberaad|2026-09-15|roc-achterhoek") { ["Organization"] = "roc-achterhoek", ["Invited"] = 2, ["Attended"] = 2 });

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page + "?series=directieberaad&year=2026", UriKind.Relative));
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img, b"));
        var entry = main.QuerySelector("#low-turnout article[data-org='slinge-lyceum'] li[data-date='2026-09-15']")!;
        var comments = entry.QuerySelectorAll(".comments li").ToList();
        Assert.Equal(hostileName, comments[0].QuerySelector(".who")!.TextContent);
        Assert.Equal(hostile, comments[0].QuerySelector("q")!.TextContent);
        Assert.Equal("no comment", comments[1].QuerySelector(".meta")!.TextContent);
        Assert.Contains("0 of 2 attended (0%), 2 declined", entry.TextContent, StringComparison.Ordinal);

        var old = main.QuerySelector("table.attendance tr[data-org='roc-achterhoek']")!;
        Assert.Equal(["1", "2", "2", "100%", "Sufficient"], old.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Null(main.QuerySelector("#low-turnout [data-org='roc-achterhoek']"));

        Assert.Equal("Attendance", main.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Attendance per organization", main.QuerySelector("table.attendance caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Organization", "Meetings", "Invited", "Attended", "Rate", "Status"], main.QuerySelectorAll("table.attendance thead th").Select(th => th.TextContent));
        Assert.Equal("Low turnout", main.QuerySelector("#low-turnout h2")!.TextContent);
        Assert.Equal(["0% \u2013 below threshold", "100%"], main.QuerySelectorAll("svg.chart text.value").Select(t => t.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal("threshold 50%", main.QuerySelector("svg.chart text.threshold-label")!.TextContent);
        Assert.Equal(["Meeting series", "School year"], main.QuerySelectorAll("form.filter label").Select(l => l.TextContent));
    }

    private static string Org(IElement element) => element.GetAttribute("data-org")!;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whole percent, as the Dutch page writes it ("62%").</summary>
    private static string Percent(double rate) => Invariant((int)Math.Round(rate * 100, MidpointRounding.AwayFromZero)) + "%";

    private static double Number(IElement element, string attribute)
        => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
