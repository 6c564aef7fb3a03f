using Deque.AxeCore.Commons;
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
            // The scan and its filter catch what they should: a page built to fail (an image without text, an
            // input without a label) is reported. Set as content, so no request leaves the browser.
            var broken = await anonymous.NewPageAsync();
            await broken.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><main><img src=\"data:,\"><input type=\"text\"></main></body></html>");
            string caught = string.Join("\n", await SeriousViolationsAsync(broken, "broken"));
            Assert.Contains("image-alt", caught, StringComparison.Ordinal);
            Assert.Contains("label", caught, StringComparison.Ordinal);

            var login = await OpenAsync(anonymous, "/dashboard/login");
            failures.AddRange(await SeriousViolationsAsync(login, "login"));
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        // Each page template once: the Convenants tab below, with Het Element's content (Profijt's is the same page
        // without convenants).
        foreach (var (path, _) in Tabs.Where(t => t.Path != "/dashboard/convenants"))
        {
            await GoAsync(page, path);
            failures.AddRange(await SeriousViolationsAsync(page, path));
        }

        // The Convenants tab with content: Het Element's three convenants, and the outcome form.
        await using (var element = await fixture.NewContextAsync(host: fixture.Element))
        {
            var convenants = await OpenAsync(element, "/dashboard/convenants");
            await Assertions.Expect(convenants.Locator("section.convenant")).ToHaveCountAsync(3);
            failures.AddRange(await SeriousViolationsAsync(convenants, "convenants (Het Element)"));
            var outcome = await OpenAsync(element, "/dashboard/convenants/element-roc-mn/outcome");
            failures.AddRange(await SeriousViolationsAsync(outcome, "review outcome form"));
            var register = await OpenAsync(element, "/dashboard/subsidies/new");
            failures.AddRange(await SeriousViolationsAsync(register, "register a subsidy round"));
        }

        // An action's form and its confirmation page (not confirmed: nothing changes).
        await GoAsync(page, "/dashboard/series/directieberaad/occurrences/2026-11-17/cancel");
        failures.AddRange(await SeriousViolationsAsync(page, "cancel form"));
        await page.GetByLabel("Reden").FillAsync("Toegankelijkheidscontrole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afgelasten", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" })).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(page, "cancel confirmation"));
        await GoAsync(page, "/dashboard/year-plan");
        failures.AddRange(await SeriousViolationsAsync(page, "year plan"));

        Assert.True(failures.Count == 0, "axe: serious or critical violations\n" + string.Join("\n", failures));
    }

    /// <summary>Full node details for violations only: passes would be serialised for nothing (most of a scan's time).</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n"
                + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")));
    }
}
