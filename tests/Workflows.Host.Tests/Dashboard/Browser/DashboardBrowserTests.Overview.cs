using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    private const string NextDirectieberaad = "article.occurrence[data-series='directieberaad'][data-date='2026-11-17']";

    /// <summary>The four mbo organizations of the Profijt sample: all of them declined the directieberaad of 17 November.</summary>
    private static readonly string[] Mbo = ["roc-achterhoek", "vakcollege-oost", "groen-mbo-achterhoek", "zorgcollege-ijssel"];

    [Fact]
    public async Task Signed_in_through_the_form_a_coordinator_sees_the_next_directieberaad_at_risk_with_responses_per_organization()
    {
        await using var context = await fixture.NewContextAsync(signedIn: false);
        var page = await context.NewPageAsync();

        await DashboardBrowserFixture.SignInAsync(page);

        Assert.Equal("/dashboard", PathOf(page));
        Assert.Equal("Overzicht", await page.Locator("h1").InnerTextAsync());
        var series = page.Locator("section.series#series-directieberaad");
        Assert.Equal("Directieberaad Profijt", (await series.Locator("h2#series-directieberaad-title").InnerTextAsync()).Trim());
        Assert.Equal("series-directieberaad-title", await series.GetAttributeAsync("aria-labelledby"));

        var card = series.Locator(NextDirectieberaad);
        await Assertions.Expect(card).ToBeVisibleAsync();
        string heading = await card.Locator("h3").InnerTextAsync();
        Assert.Contains("dinsdag 17 november 2026", heading, StringComparison.Ordinal);
        Assert.Contains("15.00–17.00 uur", heading, StringComparison.Ordinal);
        Assert.True(await card.Locator(".badge").CountAsync() > 0, "The occurrence shows its state as a badge.");

        // No mbo acceptance a week before: the partner rule (an mbo sectordirecteur) is not met, and the card says so in words.
        string text = await card.InnerTextAsync();
        Assert.True((await card.GetAttributeAsync("class"))!.Split(' ').Contains("risk"), $"The card is marked at risk:\n{text}");
        Assert.Contains("Nog niet rond", text, StringComparison.Ordinal);
        Assert.Contains("mbo", text, StringComparison.Ordinal);

        var table = card.Locator("table.rsvp");
        Assert.Equal("Aanmeldingen per organisatie", (await table.Locator("caption").InnerTextAsync()).Trim());
        var headers = (await table.Locator("thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.Equal(["Organisatie", "Soort", "Aangemeld", "Onder voorbehoud", "Afgemeld", "Geen antwoord"], headers);
        foreach (string org in Mbo)
        {
            var cells = await RowAsync(table, org);
            Assert.Equal("mbo", cells[1]);
            Assert.Equal(0, Count(cells[2]));
            Assert.True(Count(cells[4]) >= 1, $"{org} declined: {string.Join(" | ", cells)}");
            Assert.Equal(0, Count(cells[5]));
        }

        // Everybody else accepted (the sample's default answer).
        var berkel = await RowAsync(table, "berkel-college");
        Assert.Equal("Berkel College Eibergen", berkel[0]);
        Assert.Equal("vmbo", berkel[1]);
        Assert.True(Count(berkel[2]) >= 1, string.Join(" | ", berkel));
        Assert.Equal(0, Count(berkel[4]));
        Assert.True(await table.Locator("tbody tr[data-org]").CountAsync() >= 20, "Every invited organization has a row.");
    }

    [Fact]
    [RunsLast]
    public async Task Cancelling_the_occurrence_from_the_overview_takes_a_confirmation_and_sends_a_cancellation()
    {
        const string Reason = "Geen mbo-vertegenwoordiging; afgelast via het overzicht";
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, "/dashboard");
        Assert.Empty(CancellationsOf("2026-11-17"));

        await page.Locator(NextDirectieberaad).GetByRole(AriaRole.Link, new() { Name = "Afgelasten", Exact = true }).ClickAsync();
        Assert.Equal("/dashboard/series/directieberaad/occurrences/2026-11-17/cancel", PathOf(page));
        await page.GetByLabel("Reden").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afgelasten", Exact = true }).ClickAsync();

        // The confirmation page: nothing has happened yet.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" })).ToBeVisibleAsync();
        Assert.Contains("17 november 2026", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Host.DrainAsync();
        Assert.Empty(CancellationsOf("2026-11-17"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await Host.DrainAsync();
        await GoAsync(page, "/dashboard");
        var cancelled = page.Locator("section#cancelled");
        Assert.Equal("Afgelast en overgeslagen", (await cancelled.Locator("h2").InnerTextAsync()).Trim());
        var item = cancelled.Locator("li[data-series='directieberaad'][data-date='2026-11-17']");
        await Assertions.Expect(item).ToContainTextAsync(Reason);

        // The invitation's calendar event is withdrawn: a METHOD:CANCEL for the 17th lands in the outbox.
        var ics = await EventuallyAsync(() => CancellationsOf("2026-11-17"));
        var calendar = Calendar.Load(await File.ReadAllTextAsync(Assert.Single(ics)))!;
        Assert.Equal("CANCEL", calendar.Method);
        var cancelledEvent = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(2026, 11, 17), DateOnly.FromDateTime(cancelledEvent.DtStart!.Value));
        Assert.Contains("Directieberaad", cancelledEvent.Summary, StringComparison.Ordinal);
    }

    /// <summary>The cells of an organization's row, trimmed (the first is its name).</summary>
    private static async Task<IReadOnlyList<string>> RowAsync(ILocator table, string organization)
    {
        var row = table.Locator($"tr[data-org='{organization}']");
        Assert.True(await row.CountAsync() == 1, $"One row for {organization}");
        return [.. (await row.Locator("th, td").AllInnerTextsAsync()).Select(c => c.Trim())];
    }

    /// <summary>The number a count cell starts with.</summary>
    private static int Count(string cell)
    {
        var match = Regex.Match(cell, "^[0-9]+");
        Assert.True(match.Success, $"A count, not '{cell}'");
        return int.Parse(match.Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Outbox .ics files with METHOD:CANCEL for an event on <paramref name="date"/> (yyyy-MM-dd).</summary>
    private List<string> CancellationsOf(string date)
        => [.. Host.OutboxFiles()
            .Where(f => f.EndsWith(".ics", StringComparison.OrdinalIgnoreCase))
            .Where(f =>
            {
                var calendar = Calendar.Load(File.ReadAllText(f));
                return calendar?.Method == "CANCEL"
                    && calendar.Events.Any(e => e.DtStart is not null && DateOnly.FromDateTime(e.DtStart.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date);
            })];

    /// <summary>The outbox writes after the workflow has moved on: wait (boundedly) for a non-empty answer.</summary>
    private static async Task<List<string>> EventuallyAsync(Func<List<string>> probe)
    {
        for (int attempt = 0; attempt < 300; attempt++)
        {
            var found = probe();
            if (found.Count > 0)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return probe();
    }
}
