using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Dashboard;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Attendance;

/// <summary>
/// Confirming presence on the Attendance tab: held occurrences are "niet bevestigd" with the organizations that had
/// accepted ticked; after the confirmation step the figures of that occurrence count the ticked organizations as
/// present and the others as absent, while the other occurrence keeps its answers.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class PresencePageTests(AzuriteFixture azurite)
{
    private const string Page = "dashboard/attendance?series=directieberaad&year=2026";

    [Fact]
    public async Task Confirming_a_presence_list_changes_that_occurrences_figures_from_the_answers_to_the_confirmed_organizations()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var store = host.Services.GetRequiredService<DashboardStores>().Attendance;
        await store.RecordAsync("profijt", "directieberaad", "2026-09-15", [
            new OrganizationAttendance("roc-achterhoek", 2, 2),
            new OrganizationAttendance("slinge-lyceum", 2, 0, 2),
            new OrganizationAttendance("berkel-college", 2, 1, 1)]);
        await store.RecordAsync("profijt", "directieberaad", "2026-10-13", [new OrganizationAttendance("roc-achterhoek", 2, 1, 1)]);

        // Before: the answers, both occurrences unconfirmed, the boxes ticked for who had accepted.
        var before = await host.GetDocumentAsync(Page);
        Assert.Equal(["2", "4", "3", "75%"], Cells(before, "roc-achterhoek"));
        Assert.Equal(["1", "2", "0", "0%"], Cells(before, "slinge-lyceum"));
        Assert.Equal(["1", "2", "1", "50%"], Cells(before, "berkel-college"));
        Assert.Contains("2 van 2 niet bevestigd", before.QuerySelector("section.report p.meta")!.TextContent, StringComparison.Ordinal);
        var september = before.QuerySelector("#presence article[data-date='2026-09-15']")!;
        Assert.Equal("no", september.GetAttribute("data-confirmed"));
        Assert.Equal("niet bevestigd", september.QuerySelector("h3 .badge")!.TextContent);
        Assert.Equal(["berkel-college", "slinge-lyceum", "roc-achterhoek"], september.QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["berkel-college", "roc-achterhoek"], september.QuerySelectorAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Aanwezigheid bevestigen", september.QuerySelector("button[type=submit]")!.TextContent);
        Assert.Equal("Slinge Lyceum Winterswijk", september.QuerySelector("label[for='presence-2026-09-15-slinge-lyceum']")!.TextContent);

        // The first step only asks: nothing is stored.
        var fields = new List<KeyValuePair<string, string>> { new("series", "directieberaad"), new("date", "2026-09-15"), new("organization", "slinge-lyceum"), new("organization", "berkel-college") };
        var (askStatus, ask) = await host.PostFormAsync("dashboard/attendance/presence", fields);
        Assert.Equal(HttpStatusCode.OK, askStatus);
        var confirm = new HtmlParser().ParseDocument(ask);
        Assert.Contains("2 van 3 organisaties aanwezig", confirm.QuerySelector(".confirm")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["slinge-lyceum", "berkel-college"], confirm.QuerySelectorAll(".confirm input[name=organization]").Select(i => i.GetAttribute("value")));
        Assert.Empty(await store.ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31"));

        var (doneStatus, done) = await host.PostFormAsync("dashboard/attendance/presence", [.. fields, new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, doneStatus);
        Assert.Contains("De aanwezigheid bij Directieberaad Profijt, dinsdag 15 september 2026 is bevestigd: 2 van 3 organisaties aanwezig.", new HtmlParser().ParseDocument(done).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        // After: 15 September counts the ticked organizations as present (all their invitations) and ROC as absent; 13 October keeps its answers.
        var after = await host.GetDocumentAsync(Page);
        Assert.Equal(["2", "4", "1", "25%"], Cells(after, "roc-achterhoek"));
        Assert.Equal(["1", "2", "2", "100%"], Cells(after, "slinge-lyceum"));
        Assert.Equal(["1", "2", "2", "100%"], Cells(after, "berkel-college"));
        Assert.Contains("1 van 2 niet bevestigd", after.QuerySelector("section.report p.meta")!.TextContent, StringComparison.Ordinal);
        var confirmed = after.QuerySelector("#presence article[data-date='2026-09-15']")!;
        Assert.Equal(("yes", "bevestigd"), (confirmed.GetAttribute("data-confirmed"), confirmed.QuerySelector("h3 .badge")!.TextContent));
        Assert.Equal(["berkel-college", "slinge-lyceum"], confirmed.QuerySelectorAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("no", after.QuerySelector("#presence article[data-date='2026-10-13']")!.GetAttribute("data-confirmed"));
        Assert.Null(after.QuerySelector("#low-turnout article[data-org='slinge-lyceum']"));
        Assert.NotNull(after.QuerySelector("#low-turnout article[data-org='roc-achterhoek'] li[data-date='2026-09-15']"));

        // The year report says what its figures rest on.
        var report = await host.GetDocumentAsync("dashboard/year-report?year=2026");
        Assert.Contains(report.QuerySelectorAll("table.report-attendance caption"), c => c.TextContent.EndsWith("Directieberaad Profijt, volgens de bevestigde aanwezigheid; van 1 van de 2 bijeenkomsten is de aanwezigheid niet bevestigd", StringComparison.Ordinal));

        // Not held, not invited, or no such series: refused, nothing changed.
        var (notHeld, _) = await host.PostFormAsync("dashboard/attendance/presence", [new("series", "directieberaad"), new("date", "2026-11-10"), new("organization", "roc-achterhoek"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Conflict, notHeld);
        var (notInvited, _) = await host.PostFormAsync("dashboard/attendance/presence", [new("series", "directieberaad"), new("date", "2026-10-13"), new("organization", "hogeschool-oost"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, notInvited);
        var (noSeries, _) = await host.PostFormAsync("dashboard/attendance/presence", [new("series", "bestaat-niet"), new("date", "2026-10-13")]);
        Assert.Equal(HttpStatusCode.BadRequest, noSeries);
        Assert.Equal(["2026-09-15"], (await store.ReadPresenceAsync("profijt", "directieberaad", "2026-08-01", "2027-07-31")).Select(c => c.Date));

        // English.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page, UriKind.Relative));
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        var english = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("not confirmed", english.QuerySelector("#presence article[data-date='2026-10-13'] h3 .badge")!.TextContent);
        Assert.Equal("Confirm presence", english.QuerySelector("#presence button[type=submit]")!.TextContent);
    }

    private static List<string> Cells(IDocument page, string org)
        => [.. page.QuerySelectorAll($"table.attendance tr[data-org='{org}'] td").Take(4).Select(td => td.TextContent.Trim())];
}
