using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    [Fact]
    public async Task An_unauthenticated_visit_ends_on_the_login_form_without_partnership_data_and_a_wrong_key_is_refused()
    {
        await using var context = await fixture.NewContextAsync(signedIn: false);
        var page = await context.NewPageAsync();

        foreach (var (path, _) in Tabs)
        {
            await page.GotoAsync(path);

            Assert.Equal("/dashboard/login", PathOf(page));
            Assert.Equal("Aanmelden", await page.Locator("h1").InnerTextAsync());
            string html = await page.ContentAsync();
            Assert.DoesNotContain("Profijt", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ROC Achterhoek", html, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("nav").CountAsync());
        }

        await page.GetByLabel("API-sleutel").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze sleutel is niet juist.");
        Assert.Equal("/dashboard/login", PathOf(page));
        Assert.DoesNotContain("Profijt", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "wf-session");
        await page.GotoAsync("/dashboard");
        Assert.Equal("/dashboard/login", PathOf(page));
    }
}
