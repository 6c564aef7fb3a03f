using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Dashboard;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Minutes;

/// <summary>
/// The verslag of a held occurrence on the dashboard: linked from the Opkomst tab; a draft with action items saved
/// (one removed by emptying its "what"); every mistake shown with what was typed and nothing stored; approval after a
/// confirmation that names the recipients, which starts the minutes orchestration and leaves the page read-only;
/// items ticked off and reopened.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class MinutesPageTests(AzuriteFixture azurite)
{
    private const string Page = "dashboard/series/directieberaad/occurrences/2026-09-15/minutes";
    private const string Text = "Opening door Hilde.\n\nBesloten: de open dag wordt in maart gehouden.";

    [Fact]
    public async Task A_coordinator_writes_saves_approves_and_ticks_off_the_verslag_of_a_held_meeting_on_the_dashboard()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var minutes = host.Services.GetRequiredService<MinutesStore>();
        await Held(host);

        // Linked from the occurrence on the Opkomst tab, with its state.
        var attendance = await host.GetDocumentAsync("dashboard/attendance?series=directieberaad&year=2026");
        var link = attendance.QuerySelector("#presence article[data-date='2026-09-15'] .minutes-link")!;
        Assert.Equal("/" + Page, link.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("nog geen verslag", link.QuerySelector(".badge")!.TextContent);

        // Empty: a text box, three empty rows, the series' people to choose from.
        var empty = await host.GetDocumentAsync(Page);
        Assert.Equal("Verslag: Directieberaad Profijt, dinsdag 15 september 2026", empty.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nog geen verslag opgeslagen.", empty.QuerySelector("p[data-approved='no']")!.TextContent);
        Assert.Equal(3, empty.QuerySelectorAll("tr[data-row]").Length);
        var owners = empty.QuerySelectorAll("#owner-1 option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("carla-stortelder", owners);
        Assert.Contains("coordinator-wim", owners);
        Assert.Equal("Carla Stortelder (Berkel College Eibergen)", empty.QuerySelector("#owner-1 option[value='carla-stortelder']")!.TextContent);
        Assert.Equal(["Opslaan als concept", "Vaststellen en versturen"], empty.QuerySelectorAll(".minutes-form button[type=submit]").Select(b => b.TextContent));

        // Mistakes: all listed, in Dutch, per row as numbered on the page; what was typed stays; nothing is stored.
        var (badStatus, bad) = await host.PostFormAsync(Page, Form(Text, "save", ("Cijfers doorstroom verzamelen", "", "2026-09-10"), ("", "", ""), ("Datum open dag", "bestaat-niet", "morgen")));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        var badPage = Parse(bad);
        Assert.Equal(
            [
                "Actiepunt 1: kies wie het doet.",
                "Actiepunt 1: de datum moet na de bijeenkomst liggen (na dinsdag 15 september 2026).",
                "Actiepunt 3: 'bestaat-niet' is geen lid, voorzitter of coördinator van deze overlegreeks (meer); kies een ander.",
                "Actiepunt 3: 'morgen' is geen datum.",
            ],
            badPage.QuerySelectorAll(".errors li").Select(li => li.TextContent));
        Assert.Equal(Text, badPage.QuerySelector("#minutes-text")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Cijfers doorstroom verzamelen", badPage.QuerySelector("#what-1")!.GetAttribute("value"));
        Assert.Equal("2026-09-10", badPage.QuerySelector("#due-1")!.GetAttribute("value"));
        Assert.Equal("Datum open dag", badPage.QuerySelector("#what-2")!.GetAttribute("value"));
        Assert.Equal("bestaat-niet", badPage.QuerySelector("#owner-2 option[selected]")!.GetAttribute("value"));
        Assert.Equal("morgen", badPage.QuerySelector("#due-2")!.GetAttribute("value"));
        Assert.Null(await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"));

        var (twiceStatus, twice) = await host.PostFormAsync(Page, Form(Text, "save", ("Datum open dag voorstellen", "carla-stortelder", "2026-09-25"), ("Datum  open dag voorstellen", "carla-stortelder", "2026-10-01")));
        Assert.Equal(HttpStatusCode.BadRequest, twiceStatus);
        Assert.Equal(["Actiepunten: 'Datum open dag voorstellen' voor Carla Stortelder staat twee keer in de lijst."], Parse(twice).QuerySelectorAll(".errors li").Select(li => li.TextContent));
        Assert.Null(await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"));

        // A draft: stored with its items; the page shows it again with fresh empty rows.
        var (savedStatus, saved) = await host.PostFormAsync(Page, Form(Text, "save", ("Cijfers doorstroom verzamelen", "coordinator-wim", "2026-10-02"), ("", "", ""), ("Datum open dag voorstellen", "carla-stortelder", "2026-09-25")));
        Assert.Equal(HttpStatusCode.OK, savedStatus);
        var savedPage = Parse(saved);
        Assert.Equal("Het concept is opgeslagen.", savedPage.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Concept, laatst opgeslagen op zaterdag 1 augustus 2026, 08.00 uur.", savedPage.QuerySelector("p[data-approved='no']")!.TextContent);
        Assert.Equal(["Datum open dag voorstellen", "Cijfers doorstroom verzamelen", "", "", ""], savedPage.QuerySelectorAll("tr[data-row] input[name=what]").Select(i => i.GetAttribute("value") ?? string.Empty));
        var draft = await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15");
        Assert.Equal((Text, false, "dashboard"), (draft!.Text, draft.Approved, draft.SavedBy));
        Assert.Equal(["Datum open dag voorstellen", "Cijfers doorstroom verzamelen"], draft.ActionItems.Select(i => i.What));

        // Emptying an item's "what" removes it (its owner and date may stay filled in).
        var (removedStatus, _) = await host.PostFormAsync(Page, Form(Text, "save", ("", "carla-stortelder", "2026-09-25"), ("Cijfers doorstroom verzamelen", "coordinator-wim", "2026-10-02")));
        Assert.Equal(HttpStatusCode.OK, removedStatus);
        Assert.Equal(["Cijfers doorstroom verzamelen"], (await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"))!.ActionItems.Select(i => i.What));
        attendance = await host.GetDocumentAsync("dashboard/attendance?series=directieberaad&year=2026");
        Assert.Equal("concept", attendance.QuerySelector("#presence article[data-date='2026-09-15'] .minutes-link .badge")!.TextContent);

        // Approving asks first, naming who receives it; nothing is approved or started yet.
        string instance = MinutesCommands.InstanceId("profijt", "directieberaad", "2026-09-15");
        var (askStatus, ask) = await host.PostFormAsync(Page, Form(Text, "approve", ("Cijfers doorstroom verzamelen", "coordinator-wim", "2026-10-02"), ("Plan voor de open dag", "carla-stortelder", "2026-11-01")));
        Assert.Equal(HttpStatusCode.OK, askStatus);
        var confirm = Parse(ask).QuerySelector(".confirm")!;
        Assert.Contains("Het verslag wordt vastgesteld en gemaild naar de ", confirm.TextContent, StringComparison.Ordinal);
        Assert.Contains("Carla Stortelder (Berkel College Eibergen)", confirm.TextContent, StringComparison.Ordinal);
        Assert.Contains("Actiepunten: 2. Wie een actiepunt heeft dat dan nog openstaat, krijgt twee werkdagen vóór de uiterste datum één herinnering.", confirm.TextContent, StringComparison.Ordinal);
        Assert.Null(await host.Client.GetInstanceAsync(instance));
        var asked = await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15");
        Assert.False(asked!.Approved);
        Assert.Equal(2, asked.ActionItems.Count);

        var (approvedStatus, approved) = await host.PostFormAsync(Page, Hidden(confirm));
        Assert.Equal(HttpStatusCode.OK, approvedStatus);
        var approvedPage = Parse(approved);
        Assert.Equal("Het verslag is vastgesteld en wordt verstuurd aan de leden.", approvedPage.QuerySelector(".notice")!.TextContent);
        Assert.NotNull(await host.Client.GetInstanceAsync(instance));
        Assert.True((await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"))!.Approved);

        // Read-only now: the text, when it was approved, each item with its state and a button.
        var readOnly = await host.GetDocumentAsync(Page);
        Assert.Null(readOnly.QuerySelector("textarea"));
        Assert.Equal("Vastgesteld op zaterdag 1 augustus 2026, 08.00 uur via het dashboard en verstuurd aan de leden.", readOnly.QuerySelector("p[data-approved='yes']")!.TextContent);
        Assert.Equal(["Opening door Hilde.", "Besloten: de open dag wordt in maart gehouden."], readOnly.QuerySelectorAll(".verslag p").Select(p => p.TextContent));
        var rows = readOnly.QuerySelectorAll("table.action-items tbody tr");
        Assert.Equal(["Cijfers doorstroom verzamelen", "Plan voor de open dag"], rows.Select(tr => tr.QuerySelector("td")!.TextContent));
        Assert.Equal(["Wim Heijink", "Carla Stortelder"], rows.Select(tr => tr.QuerySelectorAll("td")[1].TextContent));
        Assert.Equal(["open", "open"], rows.Select(tr => tr.QuerySelectorAll("td")[3].TextContent));
        Assert.Equal(["Afvinken", "Afvinken"], rows.Select(tr => tr.QuerySelector("button")!.TextContent));

        // An approved verslag no longer changes.
        var (againStatus, again) = await host.PostFormAsync(Page, Form("Iets anders.", "save"));
        Assert.Equal(HttpStatusCode.Conflict, againStatus);
        Assert.Equal(["Dit verslag is al vastgesteld en verstuurd; het verandert niet meer. Er is niets opgeslagen."], Parse(again).QuerySelectorAll(".errors li").Select(li => li.TextContent));
        Assert.Equal(Text, (await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"))!.Text);

        // Tick off and reopen.
        string key = rows[0].GetAttribute("data-key")!;
        string done = rows[0].QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal($"/dashboard/series/directieberaad/occurrences/2026-09-15/action-items/{key}/done", done);
        var (tickStatus, tick) = await host.PostFormAsync(done, [new("done", "yes")]);
        Assert.Equal(HttpStatusCode.OK, tickStatus);
        var ticked = Parse(tick);
        Assert.Equal("Dit actiepunt is afgevinkt: Cijfers doorstroom verzamelen", ticked.QuerySelector(".notice")!.TextContent);
        var tickedRow = ticked.QuerySelector($"tr[data-key='{key}']")!;
        Assert.Equal(("done", "gedaan op zaterdag 1 augustus 2026", "Weer openzetten"), (tickedRow.GetAttribute("data-state"), tickedRow.QuerySelectorAll("td")[3].TextContent, tickedRow.QuerySelector("button")!.TextContent));
        Assert.NotNull((await minutes.ReadItemAsync("profijt", "directieberaad", "2026-09-15", key))!.DoneAt);

        var (reopenStatus, reopen) = await host.PostFormAsync(done, [new("done", "no")]);
        Assert.Equal(HttpStatusCode.OK, reopenStatus);
        Assert.Equal("open", Parse(reopen).QuerySelector($"tr[data-key='{key}']")!.GetAttribute("data-state"));
        Assert.True((await minutes.ReadItemAsync("profijt", "directieberaad", "2026-09-15", key))!.Open);

        var (unknown, _) = await host.PostFormAsync(done.Replace(key, "0123456789abcdef", StringComparison.Ordinal), [new("done", "yes")]);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        var (malformed, _) = await host.PostFormAsync(done.Replace(key, "geen-sleutel", StringComparison.Ordinal), [new("done", "yes")]);
        Assert.Equal(HttpStatusCode.NotFound, malformed);
        var (noAnswer, _) = await host.PostFormAsync(done, [new("done", "misschien")]);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer);

        attendance = await host.GetDocumentAsync("dashboard/attendance?series=directieberaad&year=2026");
        Assert.Equal("vastgesteld", attendance.QuerySelector("#presence article[data-date='2026-09-15'] .minutes-link .badge")!.TextContent);
    }

    [Fact]
    public async Task The_page_refuses_what_was_not_held_or_does_not_exist_and_every_post_needs_the_forms_token()
    {
        // Tuesday 6 October: an item due 25 September is late.
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", day: new NodaTime.LocalDate(2026, 10, 6));
        var minutes = host.Services.GetRequiredService<MinutesStore>();
        await Held(host);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(host.Http, "dashboard/series/bestaat-niet/occurrences/2026-09-15/minutes"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(host.Http, "dashboard/series/directieberaad/occurrences/2026-13-01/minutes"));
        Assert.Equal(HttpStatusCode.Conflict, await StatusAsync(host.Http, "dashboard/series/directieberaad/occurrences/2026-11-17/minutes"));
        var (notHeld, notHeldBody) = await host.PostFormAsync("dashboard/series/directieberaad/occurrences/2026-11-17/minutes", Form(Text, "save"));
        Assert.Equal(HttpStatusCode.Conflict, notHeld);
        Assert.Contains("Directieberaad Profijt, dinsdag 17 november 2026 is (nog) niet gehouden; een verslag kan pas worden geschreven als de bijeenkomst is gehouden. Er is niets veranderd.", Parse(notHeldBody).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await minutes.ReadAsync("profijt", "directieberaad", "2026-11-17"));

        // Signed in with a session cookie: a post without the page's token changes nothing; with it, it saves.
        using var session = host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string page = await session.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(session, Page, Form(Text, "save", ("Datum open dag voorstellen", "carla-stortelder", "2026-09-25"))));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(session, Page, Form(Text, "approve", ("Datum open dag voorstellen", "carla-stortelder", "2026-09-25")).Append(new("confirmed", "yes"))));
        Assert.Null(await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"));
        string token = DashboardHost.CsrfToken(page);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(session, Page, [new("__csrf", token), .. Form(Text, "save", ("Datum open dag voorstellen", "carla-stortelder", "2026-09-25"))]));
        var item = Assert.Single((await minutes.ReadAsync("profijt", "directieberaad", "2026-09-15"))!.ActionItems);
        var open = (await host.GetDocumentAsync("dashboard/attendance?series=directieberaad&year=2026")).QuerySelector("#open-action-items")!;
        Assert.Equal("1 open, waarvan 1 te laat.", open.QuerySelector("p.meta")!.TextContent);
        var late = open.QuerySelector($"tr[data-key='{item.Key}']")!;
        Assert.Equal(["Datum open dag voorstellen", "Carla Stortelder", "vr 25 sep 2026 te laat", "Directieberaad Profijt, di 15 sep 2026"], late.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(("yes", "/" + Page), (late.GetAttribute("data-overdue"), late.QuerySelector("a")!.GetAttribute("href")));
        string done = $"dashboard/series/directieberaad/occurrences/2026-09-15/action-items/{item.Key}/done";
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(session, done, [new("done", "yes")]));
        Assert.True((await minutes.ReadItemAsync("profijt", "directieberaad", "2026-09-15", item.Key))!.Open);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(session, done, [new("__csrf", token), new("done", "yes")]));
        Assert.False((await minutes.ReadItemAsync("profijt", "directieberaad", "2026-09-15", item.Key))!.Open);
        Assert.Equal("Er staan geen actiepunten open.", (await host.GetDocumentAsync("dashboard/attendance?series=directieberaad&year=2026")).QuerySelector("#open-action-items p.empty")!.TextContent);

        // English when chosen.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Page, UriKind.Relative)) { Content = new FormUrlEncodedContent(Form("", "approve")) };
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var english = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["The minutes are still empty; empty minutes are not approved."], english.QuerySelectorAll(".errors li").Select(li => li.TextContent));
        Assert.Equal(["Save as draft", "Approve and send"], english.QuerySelectorAll(".minutes-form button[type=submit]").Select(b => b.TextContent));
    }

    /// <summary>The September meeting has been held: its invitations' answers are recorded.</summary>
    private static Task Held(DashboardHost host) =>
        host.Services.GetRequiredService<DashboardStores>().Attendance.RecordAsync("profijt", "directieberaad", "2026-09-15", [new OrganizationAttendance("berkel-college", 2, 2)]);

    private static List<KeyValuePair<string, string>> Form(string text, string step, params (string What, string Owner, string Due)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>> { new("text", text), new("step", step) };
        foreach (var (what, owner, due) in rows)
        {
            fields.Add(new("what", what));
            fields.Add(new("owner", owner));
            fields.Add(new("due", due));
        }

        return fields;
    }

    /// <summary>The hidden fields of the confirmation form, as the browser posts them.</summary>
    private static List<KeyValuePair<string, string>> Hidden(IElement confirm) =>
        [.. confirm.QuerySelectorAll("form input[type=hidden]").Where(i => i.GetAttribute("name") != "__csrf").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))];

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return response.StatusCode;
    }
}
