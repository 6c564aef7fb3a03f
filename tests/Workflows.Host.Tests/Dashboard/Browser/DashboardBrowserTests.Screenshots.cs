using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <remarks>
    /// At laptop size only: a screenshot is for people to look at, and nothing here is asserted about its size. What
    /// the phone width must hold (no sideways scrolling) is asserted by <see cref="On_a_phone_no_tab_scrolls_sideways"/>.
    /// </remarks>
    [Fact]
    public async Task Screenshots_of_every_tab_are_written_as_artifacts()
    {
        string directory = RepositoryArtifacts.Dashboard();
        var written = new List<string>();
        await using var context = await fixture.NewContextAsync();
        await using var element = await fixture.NewContextAsync(host: fixture.Element);
        var profijtPage = await context.NewPageAsync();
        var elementPage = await element.NewPageAsync();
        foreach (var (path, _) in Tabs)
        {
            // Convenants are a school's business (Het Element), the rest the network's (Profijt).
            var page = path == "/dashboard/convenants" ? elementPage : profijtPage;
            await GoAsync(page, path);
            string name = path == "/dashboard" ? "overview" : path["/dashboard/".Length..];
            string file = Path.Combine(directory, $"{name}-desktop.png");
            File.Delete(file);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            written.Add(file);
        }

        Assert.Equal(Tabs.Length, written.Count);
        foreach (string file in written)
        {
            Assert.True(File.Exists(file), file);
            byte[] bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 1000 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature), $"{file} is a PNG");
        }
    }
}
