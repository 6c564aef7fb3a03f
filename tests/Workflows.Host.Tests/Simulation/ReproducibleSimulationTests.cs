using System.Text.Json;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// <c>simulate</c> twice with the same input writes the same bytes (timeline.json, timeline.html, every outbox file
/// under the same name), and the timeline points at every outbox file it caused.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class ReproducibleSimulationTests(SimulatedYears years) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "simulate-twice-" + Guid.NewGuid().ToString("N")[..8]);

    // Four months: the round's announcement (one mail per person, all at one moment), invitations, reminders, and
    // November's at-risk question with its cancellation.
    private static readonly string[] Period = ["--from", "2026-08-01", "--to", "2026-11-30"];

    [Fact]
    public async Task Two_runs_of_one_simulation_write_identical_files()
    {
        string first = await SimulateAsync("first");
        string second = await SimulateAsync("second");

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(first, "timeline.json")));
        var times = json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("at").GetString()).ToList();
        Assert.True(times.Count > times.Distinct(StringComparer.Ordinal).Count(), "the period has events sharing one moment, whose order is what is tested");

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "timeline.json")), await File.ReadAllBytesAsync(Path.Combine(second, "timeline.json")));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "timeline.html")), await File.ReadAllBytesAsync(Path.Combine(second, "timeline.html")));
        var names = OutboxNames(first);
        Assert.NotEmpty(names);
        Assert.Equal(names, OutboxNames(second));
        foreach (string name in names)
        {
            byte[] a = await File.ReadAllBytesAsync(Path.Combine(first, "outbox", name));
            byte[] b = await File.ReadAllBytesAsync(Path.Combine(second, "outbox", name));
            Assert.True(a.AsSpan().SequenceEqual(b), $"outbox/{name} differs between the runs");
        }
    }

    [Fact]
    public async Task Every_outbox_file_is_pointed_to_by_an_event_and_every_pointer_is_a_file()
    {
        var year = await years.GetAsync("profijt.yaml", "profijt-responses.yaml");
        Assert.True(year.Exit == 0, year.Error);
        string output = year.Directory;

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "timeline.json")));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        var pointers = events
            .Where(e => e.TryGetProperty("files", out _))
            .SelectMany(e => e.GetProperty("files").EnumerateArray().Select(f => f.GetString()!))
            .ToList();
        var files = OutboxNames(output).Select(n => "outbox/" + n).ToList();

        Assert.Equal(files, pointers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(pointers, p => Assert.True(File.Exists(Path.Combine(output, p)), p));
        // What sends something points at what it sent; what sends nothing points at nothing.
        Assert.All(events.Where(e => e.GetProperty("kind").GetString() is "meeting.invited" or "meeting.agenda-requested" or "subsidy.announced"), e => Assert.True(e.TryGetProperty("files", out _), e.ToString()));
        Assert.All(events.Where(e => e.GetProperty("kind").GetString() is "meeting.held" or "meeting.agenda-skipped"), e => Assert.False(e.TryGetProperty("files", out _), e.ToString()));
        var invitation = events.First(e => e.GetProperty("kind").GetString() == "meeting.invited");
        string invitationFile = Assert.Single(invitation.GetProperty("files").EnumerateArray()).GetString()!;
        Assert.Matches($@"^outbox/{invitation.GetProperty("start").GetString()![..10]} {invitation.GetProperty("series").GetString()} uitnodiging [0-9a-f]{{8}}\.ics$", invitationFile);

        // The page links every file (its name escaped for a URL, then for HTML).
        string html = await File.ReadAllTextAsync(Path.Combine(output, "timeline.html"));
        Assert.All(files, f => Assert.Contains($"href=\"{string.Join('/', f.Split('/').Select(Uri.EscapeDataString))}\"", html, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<string> SimulateAsync(string name)
    {
        string output = Path.Combine(_root, name);
        var (exit, _, error) = await CliRun.InProcessAsync(
            ["simulate", CliRun.Sample("profijt.yaml"), .. Period, "--out", output, "--responses", CliRun.Sample("profijt-responses.yaml")]);
        Assert.True(exit == 0, error);
        return output;
    }

    private static List<string> OutboxNames(string output) =>
        [.. Directory.GetFiles(Path.Combine(output, "outbox")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
}
