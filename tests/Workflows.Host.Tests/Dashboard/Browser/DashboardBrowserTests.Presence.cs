using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    /// <summary>
    /// A coordinator confirms who was at September's directieberaad on the Opkomst tab: one organization unticked,
    /// the confirmation step, then the occurrence is "bevestigd" with one organization fewer present. axe scans the
    /// confirmation, the occurrence's verslag page and the year report. Last: it changes the shared host's figures.
    /// </summary>
    [Fact]
    [RunsLast]
    public async Task A_coordinator_confirms_the_presence_of_a_held_meeting_on_the_attendance_tab()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, "/dashboard/attendance?series=directieberaad&year=2026");
        var card = page.Locator("article.presence[data-date='2026-09-15']");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-confirmed", "no");
        var boxes = card.Locator("input[type=checkbox]");
        int invited = await boxes.CountAsync();
        Assert.True(invited >= 2, "More than one organization was invited.");
        int ticked = await card.Locator("input[type=checkbox]:checked").CountAsync();
        Assert.True(ticked >= 1, "The form is pre-filled from the acceptances.");

        // Untick the first organization that had accepted, by its label, as a coordinator would.
        string? id = await card.Locator("input[type=checkbox]:checked").First.GetAttributeAsync("id");
        await card.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(card.Locator($"input[id='{id}']")).Not.ToBeCheckedAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid bevestigen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" })).ToBeVisibleAsync();
        var failures = (await SeriousViolationsAsync(page, "presence confirmation")).ToList();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("is bevestigd");

        await GoAsync(page, "/dashboard/attendance?series=directieberaad&year=2026");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-confirmed", "yes");
        await Assertions.Expect(card.Locator("p.meta").First).ToHaveTextAsync($"{ticked - 1} van {invited} organisaties aanwezig");

        await GoAsync(page, "/dashboard/series/directieberaad/occurrences/2026-09-15/minutes");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Verslag");
        failures.AddRange(await SeriousViolationsAsync(page, "verslag page"));
        await GoAsync(page, "/dashboard/year-report?year=2026");
        failures.AddRange(await SeriousViolationsAsync(page, "year report"));
        Assert.True(failures.Count == 0, "axe: serious or critical violations\n" + string.Join("\n", failures));
    }
}
