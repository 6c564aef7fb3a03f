using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    /// <summary>
    /// A chair's agenda request in the outbox, its link opened in the browser, the form filled in by label and sent:
    /// the item is stored as the chair's proposal. Last: it stores an item in the shared host.
    /// </summary>
    [Fact]
    [RunsLast]
    public async Task The_chair_proposes_an_agenda_item_through_the_link_in_the_agenda_request()
    {
        var (token, link) = await OpenAgendaLinkAsync();
        await using var context = await fixture.NewContextAsync(signedIn: false);
        var page = await OpenAsync(context, ActionLinks.PathPrefix + token);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Agendapunten voorstellen");
        var failures = (await SeriousViolationsAsync(page, "agenda link form")).ToList();

        // Sent without a title: the form comes back with the error, which axe checks too; nothing is stored.
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul bij agendapunt 1 een titel in.");
        failures.AddRange(await SeriousViolationsAsync(page, "agenda link form with an error"));

        await page.GetByLabel("Titel").First.FillAsync("Stageplaatsen techniek");
        await page.GetByLabel("Korte toelichting").First.FillAsync("Overzicht van de vacatures");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bedankt");
        await Assertions.Expect(page.Locator("li")).ToHaveTextAsync("Stageplaatsen techniek");
        failures.AddRange(await SeriousViolationsAsync(page, "agenda link thanks"));
        Assert.True(failures.Count == 0, "axe: serious or critical violations\n" + string.Join("\n", failures));
        var (_, series) = AgendaProposalLinks.Series(link)!.Value;
        var items = await Host.Services.GetRequiredService<AgendaItemStores>().Agenda.ReadAsync("profijt", series, link.Target!);
        var item = Assert.Single(items, i => i.Title == "Stageplaatsen techniek");
        Assert.Equal((link.RecipientId, "Overzicht van de vacatures", AgendaItemStates.Proposed), (item.Who, item.Explanation, item.State));
    }

    /// <summary>The first agenda link in the outbox's agenda requests that still works at the fixture's time.</summary>
    private async Task<(string Token, ActionLink Link)> OpenAgendaLinkAsync()
    {
        var links = Host.Services.GetRequiredService<ActionLinks>();
        foreach (string file in Host.OutboxFiles().Where(f => f.EndsWith(".eml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            using var message = await MimeMessage.LoadAsync(file);
            foreach (Match match in AgendaLinkPattern().Matches(message.TextBody ?? string.Empty))
            {
                string token = match.Groups[1].Value;
                if (links.Verify(token) is { Status: ActionLinkStatus.Valid, Link: { } link } && AgendaProposalLinks.Is(link))
                {
                    return (token, link);
                }
            }
        }

        throw new InvalidOperationException("No agenda request in the outbox carries an agenda link that still works.");
    }

    [GeneratedRegex("/api/links/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)")]
    private static partial Regex AgendaLinkPattern();
}
