using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Planning;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// The Overview tab on the Profijt sample with its responses, ten days into November 2026: the 17 November
/// directieberaad was invited on 27 October, every mbo invitee declined it, and its RSVP deadline is today at 17:00.
/// </summary>
[Collection("dashboard-azurite")]
public sealed partial class OverviewTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly LocalDate Directieberaad = new(2026, 11, 17);

    private DashboardHost? _host;

    private DashboardHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await DashboardHost.StartAsync(azurite);
        await Host.RunUntilAsync(new LocalDateTime(2026, 11, 10, 9, 0));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_invited_directieberaad_shows_answers_per_organization_and_is_at_risk_without_mbo_and_the_page_reads_in_English()
    {
        var sample = ProfijtSample.Load();
        var page = await Host.GetDocumentAsync("dashboard");

        // Every series of the configuration has its section, titled as configured.
        foreach (var meeting in sample.Config.Meetings)
        {
            var section = page.QuerySelector($"section.series#series-{meeting.Id}");
            Assert.NotNull(section);
            Assert.Equal($"series-{meeting.Id}-title", section.GetAttribute("aria-labelledby"));
            Assert.Equal(meeting.Title, page.GetElementById($"series-{meeting.Id}-title")!.TextContent.Trim());
        }

        var card = Occurrence(page, "directieberaad", Directieberaad);
        Assert.Contains("dinsdag 17 november 2026, 15.00–17.00 uur", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wacht op aanmeldingen tot dinsdag 10 november 2026, 17.00 uur", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("uitgenodigd", card.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);

        // The answers per organization are those of the responses file for that date.
        var expected = sample.Answers("directieberaad", Directieberaad);
        var table = card.QuerySelector("table.rsvp")!;
        Assert.Equal("Aanmeldingen per organisatie", table.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(["Organisatie", "Soort", "Aangemeld", "Onder voorbehoud", "Afgemeld", "Geen antwoord"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tr[data-org]");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-org")!).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var (kind, accepted, tentative, declined, none) = expected[row.GetAttribute("data-org")!];
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal([kind, Text(accepted), Text(tentative), Text(declined), Text(none)], cells);
        }

        Assert.Contains(expected.Values, v => v.Kind == "mbo" && v.Declined > 0);
        Assert.All(expected.Values.Where(v => v.Kind == "mbo"), v => Assert.Equal(0, v.Accepted));

        // At risk: no mbo acceptance, and the deadline (today 17:00) is within two days. Enough acceptances otherwise.
        Assert.Contains("risk", card.ClassList);
        Assert.Contains("urgent", card.ClassList);
        Assert.Contains("Nog niet rond: Deze keer kan geen mbo-sectordirecteur aanwezig zijn.", card.TextContent, StringComparison.Ordinal);
        // The coordinators' choice, as in the mail: two buttons posting to the decision step with the antiforgery field.
        var decision = card.QuerySelector("form.decision")!;
        Assert.Equal("/dashboard/series/directieberaad/occurrences/2026-11-17/decision", decision.GetAttribute("action"));
        Assert.Equal(["hold Gaat door", "cancel Afgelasten"], decision.QuerySelectorAll("button[name=decision]").Select(b => $"{b.GetAttribute("value")} {b.TextContent.Trim()}"));
        Assert.NotNull(decision.QuerySelector("input[type=hidden]"));
        Assert.True(expected.Values.Sum(v => v.Accepted) >= sample.Config.FindMeeting("directieberaad")!.Quorum.MinAccepted);
        Assert.DoesNotContain("van minimaal", card.TextContent, StringComparison.Ordinal);

        // The actions of an invited occurrence, resend included, and its agenda page.
        Assert.Equal(
            ["cancel", "move", "resend", "agenda"],
            card.QuerySelectorAll(".actions a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.Equal("/dashboard/series/directieberaad/occurrences/2026-11-17/cancel", card.QuerySelector(".actions a")!.GetAttribute("href"));

        // No other series is at risk; one not yet invited says when its invitation goes out and offers no resend.
        Assert.All(page.QuerySelectorAll("article.risk"), a => Assert.Equal("directieberaad", a.GetAttribute("data-series")));
        var decanen = page.QuerySelector("#series-klankbord-decanen article.occurrence")!;
        Assert.DoesNotContain("risk", decanen.ClassList);
        Assert.Contains("De uitnodiging volgt op", decanen.TextContent, StringComparison.Ordinal);
        Assert.Null(decanen.QuerySelector("table.rsvp"));
        Assert.DoesNotContain(decanen.QuerySelectorAll(".actions a"), a => a.GetAttribute("href")!.EndsWith("/resend", StringComparison.Ordinal));

        // The next occurrences after the one in hand: January and March for the directieberaad.
        var planned = PartnershipPlanner.Occurrences(sample.Config, sample.Config.FindMeeting("directieberaad")!, new LocalDate(2026, 11, 10), new LocalDate(2027, 7, 31))
            .Occurrences.Take(3).Select(o => Iso(o.Date));
        Assert.Equal(planned, page.QuerySelectorAll("#series-directieberaad article.occurrence").Select(a => a.GetAttribute("data-date")!).Take(3));
        Assert.Equal("Afgelast en overgeslagen", page.GetElementById("cancelled-title")!.TextContent.Trim());
        Assert.Equal("cancelled-title", page.GetElementById("cancelled")!.GetAttribute("aria-labelledby"));

        // English, chosen by the language cookie.
        using var english = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = Host.Address };
        english.DefaultRequestHeaders.Add("x-functions-key", DashboardHost.Key);
        english.DefaultRequestHeaders.Add("Cookie", "wf-lang=en");
        var en = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await english.GetStringAsync(new Uri("dashboard", UriKind.Relative)));
        var enCard = Occurrence(en, "directieberaad", Directieberaad);
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Tuesday 17 November 2026, 15:00–17:00", enCard.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Responses per organization", enCard.QuerySelector("table.rsvp caption")!.TextContent.Trim());
        Assert.Equal(["Organization", "Kind", "Accepted", "Tentative", "Declined", "No answer"], enCard.QuerySelectorAll("table.rsvp thead th").Select(th => th.TextContent.Trim()));
        Assert.Contains("Not settled yet", enCard.TextContent, StringComparison.Ordinal);
        Assert.Contains("nobody matching kind:mbo&role:sectordirecteur has accepted yet", enCard.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Cancel", "Move", "Resend invitation", "Agenda"], enCard.QuerySelectorAll(".actions a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Cancelled and skipped", en.GetElementById("cancelled-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Resending_and_then_cancelling_the_directieberaad_goes_through_confirmation_to_the_outbox_and_the_cancelled_list()
    {
        const string path = "dashboard/series/directieberaad/occurrences/2026-11-17";
        int before = Host.OutboxFiles().Count;
        int sequence = Events(Directieberaad).Max(e => e.Sequence);

        // Resend: form, confirmation (nothing sent), confirmed, then an update with a higher SEQUENCE.
        var form = await Host.GetDocumentAsync($"{path}/resend");
        Assert.Equal("Uitnodiging opnieuw versturen", form.QuerySelector("main form button[type=submit]")!.TextContent.Trim());
        var (status, body) = await Host.PostFormAsync($"{path}/resend", []);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(">Bevestigen</button>", body, StringComparison.Ordinal);
        await Host.DrainAsync();
        Assert.Equal(before, Host.OutboxFiles().Count);

        (status, body) = await Host.PostFormAsync($"{path}/resend", [new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"status\"", body, StringComparison.Ordinal);
        await Eventually.UntilAsync(Host, () => Events(Directieberaad).Any(e => !e.Cancel && e.Sequence > sequence), "an update of the invitation with a higher SEQUENCE");

        // A resend of an occurrence not invited yet is refused with 409: the cycle would ignore it.
        string decanen = (await Host.GetDocumentAsync("dashboard")).QuerySelector("#series-klankbord-decanen article.occurrence")!.GetAttribute("data-date")!;
        using (var notYet = await Host.Http.GetAsync(new Uri($"dashboard/series/klankbord-decanen/occurrences/{decanen}/resend", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
            Assert.Contains("nog niet verstuurd", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Cancel: the form has a labelled reason and an "Afgelasten" button.
        form = await Host.GetDocumentAsync($"{path}/cancel");
        var reasonField = form.QuerySelector("main form textarea[name=reason]")!;
        Assert.Equal("Reden", form.QuerySelector($"label[for={reasonField.Id}]")!.TextContent.Trim());
        Assert.Equal("Afgelasten", form.QuerySelector("main form button[type=submit]")!.TextContent.Trim());

        // A hostile reason: shown as text on the confirmation page, and nothing changes before confirming.
        const string reason = "<script>alert('x')</script> De zaal is niet beschikbaar";
        (status, body) = await Host.PostFormAsync($"{path}/cancel", [new("reason", reason)]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        var confirm = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Equal("Bevestigen", confirm.QuerySelector("main form button[type=submit]")!.TextContent.Trim());
        Assert.Equal(reason, confirm.QuerySelector("main form input[name=reason]")!.GetAttribute("value"));
        Assert.Contains(reason, confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await Host.DrainAsync();
        Assert.DoesNotContain(Events(Directieberaad), e => e.Cancel);
        var unchanged = await Host.GetDocumentAsync("dashboard");
        Assert.NotNull(Occurrence(unchanged, "directieberaad", Directieberaad));
        Assert.Null(unchanged.QuerySelector("#cancelled li[data-series=directieberaad][data-date='2026-11-17']"));

        // Confirmed: done, and once the cycle took it in the occurrence is listed as cancelled with the reason.
        (status, body) = await Host.PostFormAsync($"{path}/cancel", [.. confirm.QuerySelectorAll("main form input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"status\"", body, StringComparison.Ordinal);
        await Eventually.UntilAsync(
            Host,
            async () => (await Host.GetPageAsync("dashboard")).Contains("data-series=\"directieberaad\" data-date=\"2026-11-17\"><span class=\"badge bad\">", StringComparison.Ordinal),
            "the cancellation on the timeline");

        string html = await Host.GetPageAsync("dashboard");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var after = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var item = after.QuerySelector("#cancelled li[data-series=directieberaad][data-date='2026-11-17']");
        Assert.NotNull(item);
        Assert.Contains("afgelast door de coördinatoren", item.TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, item.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("article.occurrence[data-series=directieberaad][data-date='2026-11-17']"));
        Assert.Contains(Events(Directieberaad), e => e.Cancel);
    }

    private static IElement Occurrence(IDocument page, string series, LocalDate date)
        => page.QuerySelector($"article.card.occurrence[data-series={series}][data-date='{Iso(date)}']")
            ?? throw new Xunit.Sdk.XunitException($"No card for {series} {Iso(date)}.");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The outbox's calendar messages for a meeting on <paramref name="date"/>: CANCEL or not, and their SEQUENCE.</summary>
    private List<(bool Cancel, int Sequence)> Events(LocalDate date)
    {
        string start = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd").Format(date) + "T";
        return [.. Host.OutboxFiles()
            .Where(f => f.EndsWith(".ics", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Where(ics => DtStart().Matches(ics).Any(m => m.Groups[1].Value.StartsWith(start, StringComparison.Ordinal)))
            .Select(ics => (ics.Contains("METHOD:CANCEL", StringComparison.Ordinal), int.Parse(Sequence().Match(ics).Groups[1].Value, CultureInfo.InvariantCulture)))];
    }

    [GeneratedRegex(@"DTSTART[^:\r\n]*:(\d{8}T\d{6})")]
    private static partial Regex DtStart();

    [GeneratedRegex(@"SEQUENCE:(\d+)")]
    private static partial Regex Sequence();
}
