using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    [Fact]
    public async Task The_attendance_chart_renders_as_an_accessible_svg_with_bars_of_real_size()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, "/dashboard/attendance");

        var chart = page.Locator("svg.chart").First;
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        string? labelledBy = await chart.GetAttributeAsync("aria-labelledby");
        Assert.False(string.IsNullOrWhiteSpace(labelledBy), "The chart names its title.");
        Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").First.TextContentAsync()), "The chart has a <title>.");

        var bars = chart.Locator("rect.bar");
        int count = await bars.CountAsync();
        Assert.True(count >= 1, "The chart has bars.");
        int drawn = 0;
        for (int i = 0; i < count; i++)
        {
            if (await bars.Nth(i).BoundingBoxAsync() is { Width: > 0, Height: > 0 })
            {
                drawn++;
            }
        }

        Assert.True(drawn >= 1, $"At least one of the {count} bars has a non-zero size on screen.");
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 50 }, "The chart takes real room on the page.");
        await Assertions.Expect(page.Locator("table.attendance")).ToBeVisibleAsync();
    }
}
