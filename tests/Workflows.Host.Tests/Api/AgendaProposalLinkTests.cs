using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The chair's agenda link from the agenda request on <c>/api/links/{token}</c>: the form (GET changes nothing), a
/// submit of up to three items stored as proposed by the chair with <c>meeting.agenda-item-proposed</c>, errors on the
/// form with nothing stored, and the refusals: tampered, expired, used, another occurrence, someone not the chair.
/// </summary>
[Collection("api-azurite")]
public sealed class AgendaProposalLinkTests(AzuriteFixture azurite)
{
    private const string Instance = "meeting:profijt:directieberaad";
    private const string Date = "2027-01-19";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));

    // As the agenda request signs it: until the invitation goes out (5 January 2027).
    private static readonly DateTimeOffset InviteAt = new(2027, 1, 5, 15, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Get_shows_the_form_with_the_chair_as_who_and_stores_nothing()
    {
        await using var host = await StartAsync();
        var link = Link(host);

        using var page = await host.Anonymous.GetAsync(link);
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Agendapunten voorstellen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("van dinsdag 19 januari 2027. Je kunt de link één keer gebruiken, voor maximaal drie punten tegelijk.", html, StringComparison.Ordinal);
        Assert.Contains("Deze link is geldig tot dinsdag 5 januari 2027 om 15.00 uur.", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"title-1\">Titel <span class=\"hint\">(maximaal 120 tekens)</span></label>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"who-1\" name=\"who-1\" maxlength=\"200\" value=\"Hilde Voskamp\">", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"explanation-3\" name=\"explanation-3\" maxlength=\"1000\" rows=\"4\"></textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" novalidate>", html, StringComparison.Ordinal);
        Assert.Contains("no-referrer", page.Headers.GetValues("Referrer-Policy"));
        Assert.Empty(await ItemsAsync(host));
    }

    [Fact]
    public async Task Post_stores_the_items_as_the_chairs_records_the_timeline_once_and_uses_the_link()
    {
        await using var host = await StartAsync();
        var link = Link(host);

        using var done = await host.Anonymous.PostAsync(link, Form(
            ("title-1", " Doorstroom techniek "), ("explanation-1", "Cijfers van dit jaar\r\nen vorig jaar"), ("who-1", "Hilde Voskamp"),
            ("title-2", "Open dag maart"), ("who-2", "Wim Heijink"),
            ("title-3", string.Empty), ("explanation-3", string.Empty), ("who-3", string.Empty)));
        string thanks = await done.Content.ReadAsStringAsync();
        using var again = await host.Anonymous.PostAsync(link, Form(("title-1", "Nog een punt")));
        using var look = await host.Anonymous.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("<p>Je voorstellen zijn ontvangen:</p><ul><li>Doorstroom techniek</li><li>Open dag maart</li></ul>", thanks, StringComparison.Ordinal);
        Assert.Contains("De coördinatoren bepalen welke punten op de agenda komen. De punten die zij op de agenda zetten, gaan mee met de uitnodiging, of met de bijgewerkte agenda als de uitnodiging al is verstuurd.", thanks, StringComparison.Ordinal);
        var items = await ItemsAsync(host);
        Assert.Equal(
            [
                ("Doorstroom techniek", "Cijfers van dit jaar\r\nen vorig jaar", "coordinator-hilde", "Hilde Voskamp", AgendaItemStates.Proposed),
                ("Open dag maart", null, "coordinator-hilde", "Wim Heijink", AgendaItemStates.Proposed),
            ],
            items.Select(i => (i.Title, i.Explanation, i.Who, i.WhoName, i.State)).OrderBy(i => i.Title, StringComparer.Ordinal));
        var proposed = (await host.Services.GetRequiredService<AgendaItemStores>().Timeline.ReadAsync("profijt")).Where(e => e.Kind == MeetingEvents.AgendaItemProposed).ToList();
        Assert.Equal(["Doorstroom techniek", "Open dag maart"], proposed.Select(e => e.Reason).Order(StringComparer.Ordinal));
        Assert.All(proposed, e => Assert.Equal(("directieberaad", Date), (e.Series, e.Date)));

        // Single use: the second submit and a later look say so, and store nothing.
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Met deze link zijn al agendapunten voorgesteld.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, look.StatusCode);
        Assert.Equal(2, (await ItemsAsync(host)).Count);
    }

    [Fact]
    public async Task Errors_are_shown_on_the_form_with_what_was_typed_nothing_is_stored_and_the_link_stays_usable()
    {
        await using var host = await StartAsync();
        var link = Link(host);

        using var empty = await host.Anonymous.PostAsync(link, Form(("title-1", "  "), ("who-1", "Hilde Voskamp")));
        using var bad = await host.Anonymous.PostAsync(link, Form(
            ("title-1", new string('x', 121)), ("explanation-1", "Toelichting <b>vet</b>"),
            ("explanation-2", "Zonder titel"),
            ("title-3", "Goed punt"), ("explanation-3", new string('y', 1001))));
        string html = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("<li><a href=\"#title-1\">Vul bij agendapunt 1 een titel in.</a></li>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<div class=\"errors\" role=\"alert\" tabindex=\"-1\"><h2>Controleer het formulier</h2>", html, StringComparison.Ordinal);
        Assert.Contains("De titel van agendapunt 1 is te lang: 121 tekens, hoogstens 120.", html, StringComparison.Ordinal);
        Assert.Contains("Vul bij agendapunt 2 een titel in.", html, StringComparison.Ordinal);
        Assert.Contains("De toelichting bij agendapunt 3 is te lang: 1001 tekens, hoogstens 1000.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"title-1-error\"", html, StringComparison.Ordinal);
        Assert.Contains(">Toelichting &lt;b&gt;vet&lt;/b&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Goed punt\"", html, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync(host));

        using var fixedUp = await host.Anonymous.PostAsync(link, Form(("title-1", "Goed punt")));
        Assert.Equal(HttpStatusCode.OK, fixedUp.StatusCode);
        var item = Assert.Single(await ItemsAsync(host));
        Assert.Equal(("Goed punt", "Hilde Voskamp"), (item.Title, item.WhoName));
    }

    [Fact]
    public async Task A_partnership_that_reads_English_gets_the_form_and_its_errors_in_English()
    {
        await using var host = await StartAsync(Profijt.Replace("  language: nl", "  language: en", StringComparison.Ordinal));
        var link = Link(host);

        using var page = await host.Anonymous.GetAsync(link);
        using var bad = await host.Anonymous.PostAsync(link, Form(("title-1", string.Empty)));
        using var done = await host.Anonymous.PostAsync(link, Form(("title-1", "Internships")));

        string form = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", form, StringComparison.Ordinal);
        Assert.Contains("<h1>Propose agenda items</h1>", form, StringComparison.Ordinal);
        Assert.Contains("This link is valid until Tuesday 5 January 2027 at 15:00.", form, StringComparison.Ordinal);
        Assert.Contains("Please enter a title for item 1.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Your proposal has been received:", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_expired_other_occurrence_and_not_the_chair_are_refused_and_store_nothing()
    {
        await using var host = await StartAsync();
        var links = host.Services.GetRequiredService<ActionLinks>();
        string token = Link(host).OriginalString[ActionLinks.PathPrefix.Length..];
        int dot = token.IndexOf('.', StringComparison.Ordinal);
        string forged = links.CreateToken(new ActionLink(Instance, AgendaProposalLinks.Kind, AgendaProposalLinks.Action, "marco-wiggers", InviteAt, Date));
        var tampered = new Uri(ActionLinks.PathPrefix + forged[..forged.IndexOf('.', StringComparison.Ordinal)] + token[dot..], UriKind.Relative);

        await RefusedAsync(host, tampered, HttpStatusCode.BadRequest, "Deze link is ongeldig.");
        await RefusedAsync(host, Link(host, date: "2027-01-20"), HttpStatusCode.Gone, "Deze actie is niet meer mogelijk");
        await RefusedAsync(host, Link(host, instance: "meeting:profijt:klankbord-decanen"), HttpStatusCode.Gone, "Deze actie is niet meer mogelijk");
        await RefusedAsync(host, Link(host, chair: "coordinator-wim"), HttpStatusCode.Gone, "Deze actie is niet meer mogelijk");
        await RefusedAsync(host, Link(host, instance: "meeting:other:directieberaad"), HttpStatusCode.Gone, "Deze actie is niet meer mogelijk");
        await RefusedAsync(host, Link(host, date: "19-01-2027"), HttpStatusCode.BadRequest, "Deze link is ongeldig.");
        var expiring = Link(host);
        host.Clock.SetUtcNow(InviteAt);
        await RefusedAsync(host, expiring, HttpStatusCode.Gone, "Deze link is verlopen.");
        Assert.Empty(await ItemsAsync(host));
    }

    private static async Task RefusedAsync(ApiHost host, Uri link, HttpStatusCode status, string text)
    {
        using var get = await host.Anonymous.GetAsync(link);
        using var post = await host.Anonymous.PostAsync(link, Form(("title-1", "Mag niet")));

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, post.StatusCode);
        Assert.Contains(text, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<form", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Uri Link(ApiHost host, string instance = Instance, string date = Date, string chair = "coordinator-hilde") =>
        new(host.Services.GetRequiredService<ActionLinks>().CreatePath(new ActionLink(instance, AgendaProposalLinks.Kind, AgendaProposalLinks.Action, chair, InviteAt, date)), UriKind.Relative);

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static Task<IReadOnlyList<AgendaItem>> ItemsAsync(ApiHost host) =>
        host.Services.GetRequiredService<AgendaItemStores>().Agenda.ReadAsync("profijt", "directieberaad", Date);

    private async Task<ApiHost> StartAsync(string? config = null)
    {
        var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(config ?? Profijt))).EnsureSuccessStatusCode();
        return host;
    }
}
