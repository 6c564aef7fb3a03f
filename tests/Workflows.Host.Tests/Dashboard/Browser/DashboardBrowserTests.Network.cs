using System.Collections.Concurrent;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    [Fact]
    public async Task A_tour_of_every_tab_requests_nothing_but_the_host_itself()
    {
        await using var context = await fixture.NewContextAsync(signedIn: false);
        var requests = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
        var page = await context.NewPageAsync();

        await DashboardBrowserFixture.SignInAsync(page);
        foreach (var (path, _) in Tabs)
        {
            await GoAsync(page, path);
        }

        await GoAsync(page, "/dashboard/series/directieberaad/occurrences/2026-11-17/cancel");
        var instance = page.Locator("table.instances tr[data-instance] a").First;
        await GoAsync(page, "/dashboard/operations");
        if (await instance.CountAsync() > 0)
        {
            await instance.ClickAsync();
        }

        Assert.True(requests.Count >= Tabs.Length + 3, $"The tour made its requests: {string.Join(", ", requests)}");
        Assert.Contains(requests, u => new Uri(u).AbsolutePath == "/dashboard/assets/dashboard.css");
        Assert.All(requests, u => Assert.Equal(fixture.Origin, new Uri(u).GetLeftPart(UriPartial.Authority)));
    }
}
