using Microsoft.Playwright;

namespace Workflows.Host.Tests.Dashboard.Browser;

public sealed partial class DashboardBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Screenshots_of_every_tab_on_a_laptop_and_a_phone_are_written_as_artifacts()
    {
        string directory = RepositoryArtifacts.Dashboard();
        var written = new List<string>();
        foreach (bool phone in new[] { false, true })
        {
            await using var context = await fixture.NewContextAsync(phone: phone);
            await using var element = await fixture.NewContextAsync(phone: phone, host: fixture.Element);
            var profijtPage = await context.NewPageAsync();
            var elementPage = await element.NewPageAsync();
            foreach (var (path, _) in Tabs)
            {
                // Convenants are a school's business (Het Element), the rest the network's (Profijt).
                var page = path == "/dashboard/convenants" ? elementPage : profijtPage;
                await GoAsync(page, path);
                string name = path == "/dashboard" ? "overview" : path["/dashboard/".Length..];
                string file = Path.Combine(directory, $"{name}-{(phone ? "phone" : "desktop")}.png");
                File.Delete(file);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                written.Add(file);
            }
        }

        Assert.Equal(10, written.Count);
        foreach (string file in written)
        {
            Assert.True(File.Exists(file), file);
            byte[] bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 1000 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature), $"{file} is a PNG");
        }
    }
}
