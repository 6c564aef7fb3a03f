using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// <c>serve &lt;file&gt;</c> over a stored configuration that differs: it says what differs and keeps the stored one
/// unless <c>--replace-config</c>; the same content (comments aside) is not mentioned.
/// </summary>
[Collection(ServeAzuriteCollectionDefinition.Name)]
public sealed class ServeStartupConfigTests(AzuriteFixture azurite) : IDisposable
{
    private const string Key = "startup-config-key-0123456789abcdef";

    private readonly string _work = Directory.CreateTempSubdirectory("serve-config-").FullName;
    private readonly string _hub = "C" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_different_start_up_file_is_listed_and_kept_out_unless_replace_config_is_given()
    {
        // The small sample: four serve starts with Profijt's thirteen cycles would test the same at six times the cost.
        string original = await File.ReadAllTextAsync(CliRun.Sample("element.yaml"));
        string changed = original
            .Replace("location: Het Element, locatie Amersfoort", "location: Het Element, locatie Vathorst", StringComparison.Ordinal)
            .Replace("  - id: element-rijn-ijssel", "  - id: element-rijn-ijssel-nieuw", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        string originalFile = await WriteAsync("element.yaml", original);
        string changedFile = await WriteAsync("older.yaml", changed);
        string commentedFile = await WriteAsync("commented.yaml", changed + "\n# Only a comment more.\n");

        var (first, firstStored) = await ServeAsync(originalFile);
        Assert.DoesNotContain("differs", first, StringComparison.Ordinal);
        Assert.Equal(original, firstStored);

        var (kept, keptStored) = await ServeAsync(changedFile);
        string[] keptLines = Lines(kept);
        int at = Array.FindIndex(keptLines, l => l.StartsWith($"{changedFile} differs from the configuration stored on ", StringComparison.Ordinal));
        Assert.True(at >= 0, kept);
        Assert.EndsWith("; serve keeps the stored one. Start with --replace-config to replace it with the file.", keptLines[at], StringComparison.Ordinal);
        // The log may write between them: the differences are the lines indented under the message.
        Assert.Equal(
            [
                "  the file changes meeting series: routeoverleg",
                "  the file adds convenants: element-rijn-ijssel-nieuw",
                "  the file removes convenants: element-rijn-ijssel",
            ],
            keptLines.Where(l => l.StartsWith("  the file ", StringComparison.Ordinal)));
        Assert.Equal(original, keptStored);

        // Kept, and still reconciled once at start-up (a workflow that Failed is restarted from its last good input).
        Assert.Contains("Meeting cycles reconciled with the configuration", kept, StringComparison.Ordinal);

        var (replaced, replacedStored) = await ServeAsync(changedFile, "--replace-config");
        Assert.Contains($"{changedFile} differs from the configuration stored on ", replaced, StringComparison.Ordinal);
        Assert.Contains("; --replace-config: the file replaces it.", replaced, StringComparison.Ordinal);
        Assert.Contains("  the file changes meeting series: routeoverleg", replaced, StringComparison.Ordinal);
        Assert.Equal(changed, replacedStored);

        var (same, sameStored) = await ServeAsync(commentedFile);
        Assert.DoesNotContain("differs", same, StringComparison.Ordinal);
        Assert.Equal(changed, sameStored);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private async Task<string> WriteAsync(string name, string text)
    {
        string path = Path.Combine(_work, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>Starts serve with the file, reads the stored configuration once it listens, stops it; its stderr and that text.</summary>
    private async Task<(string Stderr, string Stored)> ServeAsync(string file, params string[] options)
    {
        int port = FreePorts.Pick(1)[0];
        using var serve = AppProcess.Start(
            ["serve", file, "--urls", $"http://127.0.0.1:{port}", .. options],
            new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["Workflows__ApiKey"] = Key, ["Workflows__TaskHub"] = _hub },
            workingDirectory: _work);
        await serve.WaitForLineAsync("Listening on");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Add("x-functions-key", Key);
        string stored = await http.GetStringAsync("api/config");
        serve.Terminate();
        Assert.Equal(0, await serve.WaitForExitAsync());
        return (serve.Stderr, stored);
    }
}
