using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violations_on_any_page()
    {
        var failures = new List<string>();
        await using (var anonymous = await fixture.NewContextAsync(signedIn: false))
        {
            var login = await OpenAsync(anonymous, "/dashboard/login");
            failures.AddRange(await SeriousViolationsAsync(login, "login"));
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var (path, _) in Tabs)
        {
            await GoAsync(page, path);
            failures.AddRange(await SeriousViolationsAsync(page, path));
        }

        // An action's form and its confirmation page (not confirmed: nothing changes).
        await GoAsync(page, "/dashboard/series/directieberaad/occurrences/2026-11-17/cancel");
        failures.AddRange(await SeriousViolationsAsync(page, "cancel form"));
        await page.GetByLabel("Reden").FillAsync("Toegankelijkheidscontrole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afgelasten", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" })).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(page, "cancel confirmation"));

        Assert.True(failures.Count == 0, "axe: serious or critical violations\n" + string.Join("\n", failures));
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n"
                + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")));
    }
}
