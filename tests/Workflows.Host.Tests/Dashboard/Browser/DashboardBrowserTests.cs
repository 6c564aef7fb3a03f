using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>
/// The dashboard in a real browser (Debian's Chromium driven by Playwright): signing in, the overview of the Profijt
/// sample a week before its directieberaad, cancelling that meeting, the attendance chart, accessibility, keyboard,
/// phone width, screenshots, and no request leaving the host. One host and one browser for all; a context per test.
/// </summary>
[TestCaseOrderer(RunsLastOrderer.Name, RunsLastOrderer.Assembly)]
public sealed partial class DashboardBrowserTests(DashboardBrowserFixture fixture) : IClassFixture<DashboardBrowserFixture>
{
    /// <summary>The tabs in navigation order: path and Dutch label.</summary>
    private static readonly (string Path, string Label)[] Tabs =
    [
        ("/dashboard", "Overzicht"),
        ("/dashboard/attendance", "Opkomst"),
        ("/dashboard/subsidies", "Subsidierondes"),
        ("/dashboard/convenants", "Convenanten"),
        ("/dashboard/operations", "Beheer"),
    ];

    private DashboardHost Host => fixture.Host;

    /// <summary>Opens <paramref name="path"/> in a new page of <paramref name="context"/>; fails unless the page answers 200.</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await GoAsync(page, path);
        return page;
    }

    private static async Task GoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == 200, $"GET {path}: {response.Status}\n{await page.ContentAsync()}");
    }

    private static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;
}
