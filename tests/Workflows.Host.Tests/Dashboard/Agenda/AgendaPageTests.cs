using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Dashboard;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Agenda;

/// <summary>
/// The agenda page of one occurrence (the Profijt directieberaad of 19 January 2027): coordinators add items, accept,
/// hold over, edit and reorder them, and the page's "agenda as it goes out" follows — the same composition as the
/// invitation. Refused input keeps nothing; a form without its CSRF token changes nothing.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class AgendaPageTests(AzuriteFixture azurite)
{
    private const string Page = "dashboard/series/directieberaad/occurrences/2027-01-19/agenda";

    [Fact]
    public async Task Coordinators_add_accept_reorder_edit_and_hold_items_and_the_agenda_as_it_goes_out_follows()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var agenda = host.Services.GetRequiredService<DashboardStores>().Meetings.Agenda;

        // The card on the overview leads here; with no items the agenda is the series' fixed items.
        var overview = await host.GetDocumentAsync("dashboard");
        Assert.NotNull(overview.QuerySelector("article.occurrence[data-series='directieberaad'] a[href='/dashboard/series/directieberaad/occurrences/2026-09-15/agenda']"));
        var empty = await host.GetDocumentAsync(Page);
        Assert.Equal("Agenda: Directieberaad Profijt van dinsdag 19 januari 2027", empty.QuerySelector("h1")!.TextContent);
        Assert.Equal("Er zijn nog geen agendapunten voorgesteld.", empty.QuerySelector("#items .empty")!.TextContent);
        var fixedLines = Lines(empty);
        Assert.Equal(["Opening en mededelingen", "Nieuws binnen Profijt"], fixedLines.Take(2));
        Assert.Equal("Rondvraag", fixedLines[^1]);

        // Added as proposals (who: the coordinator chosen, since the key names nobody): listed, not yet on the agenda.
        var added = await PostAsync(host, Page, [new("title", "Doorstroom techniek"), new("explanation", "Cijfers van dit jaar"), new("who", "coordinator-hilde")]);
        Assert.Equal("Het agendapunt is toegevoegd als voorstel.", added.QuerySelector(".notice[role=status]")!.TextContent);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await PostAsync(host, Page, [new("title", "Open dag in maart"), new("explanation", ""), new("who", "coordinator-wim")]);
        var proposed = await host.GetDocumentAsync(Page);
        var items = proposed.QuerySelectorAll("article.agenda-item").ToList();
        Assert.Equal(["Doorstroom techniek voorgesteld", "Open dag in maart voorgesteld"], items.Select(i => i.QuerySelector("h3")!.TextContent));
        Assert.Equal("Ingebracht door Hilde Voskamp", items[0].QuerySelector(".meta")!.TextContent);
        Assert.Equal("Cijfers van dit jaar", items[0].QuerySelector(".explanation")!.TextContent);
        Assert.Equal(fixedLines, Lines(proposed));
        string doorstroom = items[0].GetAttribute("data-key")!, openDag = items[1].GetAttribute("data-key")!;
        Assert.Contains(await host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt"), e => e.Kind == MeetingEvents.AgendaItemProposed && e.Reason == "Open dag in maart" && e.Date == "2027-01-19");

        // Accepted: on the agenda, before "Rondvraag", in the order proposed.
        await PostAsync(host, Item(doorstroom), [new("action", "accept")]);
        var accepted = await PostAsync(host, Item(openDag), [new("action", "accept")]);
        Assert.Equal("Het agendapunt staat op de agenda.", accepted.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal(["Doorstroom techniek (Hilde Voskamp): Cijfers van dit jaar", "Open dag in maart (Wim Heijink)", "Rondvraag"], Lines(accepted).TakeLast(3));

        // Moved up: the agenda follows, and the store keeps the order.
        var moved = await PostAsync(host, Item(openDag), [new("action", "up")]);
        Assert.Equal(["Open dag in maart (Wim Heijink)", "Doorstroom techniek (Hilde Voskamp): Cijfers van dit jaar", "Rondvraag"], Lines(moved).TakeLast(3));
        Assert.Equal([openDag, doorstroom], (await agenda.ReadAcceptedAsync("profijt", "directieberaad", "2027-01-19")).Select(i => i.Key));
        Assert.Null(moved.QuerySelector($"#item-{openDag} button[value=up]"));

        // Edited: same key, new wording on the agenda.
        var edited = await PostAsync(host, Item(doorstroom), [new("action", "edit"), new("title", "Doorstroom techniek niveau 2"), new("explanation", "")]);
        Assert.Equal("Het agendapunt is gewijzigd.", edited.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal("Doorstroom techniek niveau 2 (Hilde Voskamp)", Lines(edited)[^2]);
        Assert.Equal(doorstroom, edited.QuerySelectorAll("article.agenda-item")[1].GetAttribute("data-key"));

        // Held over: off the agenda, still listed.
        var held = await PostAsync(host, Item(openDag), [new("action", "hold")]);
        Assert.DoesNotContain(Lines(held), l => l.StartsWith("Open dag", StringComparison.Ordinal));
        Assert.Equal("aangehouden", held.QuerySelector($"#item-{openDag} h3 .badge")!.TextContent);

        // Refused input is shown with what was typed, and nothing is kept.
        string tooLong = new('x', 121);
        var (status, body) = await host.PostFormAsync(Page, [new("title", tooLong), new("explanation", "uitleg"), new("who", "coordinator-wim")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var refused = new HtmlParser().ParseDocument(body);
        Assert.Equal("Titel is te lang: 121 tekens, hoogstens 120.", refused.QuerySelector(".errors li")!.TextContent);
        Assert.Equal(tooLong, refused.QuerySelector("#add-item-title")!.GetAttribute("value"));
        var (noWho, _) = await host.PostFormAsync(Page, [new("title", "Punt"), new("who", "kim-nguyen")]);
        Assert.Equal(HttpStatusCode.BadRequest, noWho);
        var (badEdit, editBody) = await host.PostFormAsync(Item(doorstroom), [new("action", "edit"), new("title", " "), new("explanation", "x")]);
        Assert.Equal(HttpStatusCode.BadRequest, badEdit);
        Assert.Equal("Titel ontbreekt: de titel van het agendapunt.", new HtmlParser().ParseDocument(editBody).QuerySelector(".errors li")!.TextContent);
        var (unknown, _) = await host.PostFormAsync(Item("0123456789abcdef"), [new("action", "accept")]);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        var (noAction, _) = await host.PostFormAsync(Item(doorstroom), [new("action", "delete")]);
        Assert.Equal(HttpStatusCode.BadRequest, noAction);
        var stored = await agenda.ReadAsync("profijt", "directieberaad", "2027-01-19");
        Assert.Equal(["Open dag in maart", "Doorstroom techniek niveau 2"], stored.Select(i => i.Title));
        Assert.Equal([AgendaItemStates.Held, AgendaItemStates.Accepted], stored.Select(i => i.State));

        // English.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page, UriKind.Relative));
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        var english = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Agenda: Directieberaad Profijt of Tuesday 19 January 2027", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("held over", english.QuerySelector($"#item-{openDag} h3 .badge")!.TextContent);
    }

    [Fact]
    public async Task A_form_without_its_csrf_token_changes_nothing_and_with_it_the_item_is_added()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        using var session = host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        var agenda = host.Services.GetRequiredService<DashboardStores>().Meetings.Agenda;
        var fields = new List<KeyValuePair<string, string>> { new("title", "Doorstroom techniek"), new("who", "coordinator-hilde") };

        using var forged = await session.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Formulier verlopen", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await agenda.ReadAsync("profijt", "directieberaad", "2027-01-19"));

        string token = DashboardHost.CsrfToken(await session.GetStringAsync(new Uri(Page, UriKind.Relative)));
        using var posted = await session.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent([.. fields, new("__csrf", token)]));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.StartsWith("/" + Page + "?done=added#item-", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Doorstroom techniek", Assert.Single(await agenda.ReadAsync("profijt", "directieberaad", "2027-01-19")).Title);
    }

    private static string Item(string key) => $"{Page}/{key}";

    /// <summary>Posts with the key header and follows the redirect back to the page (fails unless that ends in 200).</summary>
    private static async Task<IDocument> PostAsync(DashboardHost host, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (status, body) = await host.PostFormAsync(path, fields);
        Assert.True(status == HttpStatusCode.OK, $"POST {path}: {(int)status}\n{body}");
        return new HtmlParser().ParseDocument(body);
    }

    private static List<string> Lines(IDocument page) => [.. page.QuerySelectorAll("#agenda ol li").Select(li => li.TextContent)];
}
