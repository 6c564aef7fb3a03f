using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    [Fact]
    public async Task With_the_keyboard_the_skip_link_comes_first_and_every_tab_is_reached_and_opened()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, "/dashboard");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator("a.skip").IsVisibleAsync(), "The focused skip link is shown.");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        foreach (var (path, label) in Tabs.Reverse())
        {
            await GoAsync(page, Tabs[0].Path == path ? "/dashboard/operations" : "/dashboard");
            await TabToAsync(page, $"nav a[href='{path}']", label);
            Assert.True(
                await page.EvaluateAsync<bool>("getComputedStyle(document.activeElement).outlineStyle !== 'none'"),
                $"The focused tab '{label}' shows a focus outline.");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
            await page.WaitForLoadStateAsync(LoadState.Load);

            Assert.Equal(path, PathOf(page));
            Assert.Equal("page", await page.Locator($"nav a[href='{path}']").GetAttributeAsync("aria-current"));
        }
    }

    [Fact]
    public async Task On_a_phone_no_tab_scrolls_sideways()
    {
        await using var context = await fixture.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        var overflowing = new List<string>();
        foreach (var (path, _) in Tabs)
        {
            await GoAsync(page, path);
            int scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            int width = await page.EvaluateAsync<int>("document.documentElement.clientWidth");
            if (scroll > width)
            {
                string wide = await page.EvaluateAsync<string>("""
                    [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                      .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')).join(', ')
                    """);
                overflowing.Add($"{path}: {scroll}px wide in a {width}px viewport ({wide})");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus (at most 60 times).</summary>
    private static async Task TabToAsync(IPage page, string selector, string what)
    {
        for (int presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {what} ({selector}).");
    }
}
