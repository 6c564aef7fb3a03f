using System.Diagnostics;
using System.Text.RegularExpressions;
using Workflows.Host.Tests.Hosting;

namespace Workflows.Host.Tests.Readme;

/// <summary>
/// The README's commands work as pasted: no placeholder or optional part written literally, and the ones that run
/// in seconds on the repository alone (copying a sample, validate, occurrences, simulate) are run here, in README
/// order, in a scratch copy of the samples and docs. The rest (Azure, curl, serve, the test command) need a cloud,
/// a running server or this very suite; they are still checked for placeholders. A collection of its own: its two
/// simulated years run as real processes beside the in-process simulations rather than after them.
/// </summary>
[Collection("readme")]
public sealed partial class ReadmeCommandTests : IDisposable
{
    private const string HostPrefix = "dotnet run --project functions/Workflows.Host";

    private static readonly string[] ShellCommands = ["mkdir", "cp", "sed", "cat", "ls", "head"];

    private readonly string _scratch = Directory.CreateTempSubdirectory("wf-readme-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void No_command_has_a_placeholder_or_an_optional_part_written_literally()
    {
        var bad = Commands()
            .Where(c => Placeholder().IsMatch(c.Text) || c.Text.Contains('…', StringComparison.Ordinal))
            .Select(c => c.ToString())
            .ToList();

        Assert.True(bad.Count == 0, "Pasted, these fail:\n" + string.Join('\n', bad));
    }

    [Fact]
    public void The_test_command_is_what_CI_runs()
    {
        var ci = File.ReadAllLines(Path.Combine(RepoPaths.Root(), ".ci", "run"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("set ", StringComparison.Ordinal) && !l.StartsWith("cd ", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["dotnet test Workflows.sln"], ci);
        Assert.Contains(Commands(), c => c.Text == "dotnet test Workflows.sln");
    }

    [Fact]
    public async Task The_quick_commands_run_as_pasted_in_README_order()
    {
        CopyInto("functions/samples");
        CopyInto("docs");
        var run = Commands().Where(IsQuick).ToList();

        // The main job and the walkthrough are in there: an empty selection would pass for the wrong reason.
        Assert.Contains(run, c => c.Text.Contains(" -- simulate functions/samples/profijt.yaml", StringComparison.Ordinal));
        Assert.Contains(run, c => c.Text.Contains(" -- validate ", StringComparison.Ordinal));
        Assert.Contains(run, c => c.Text.Contains(" -- occurrences ", StringComparison.Ordinal));

        foreach (var command in run)
        {
            var (exit, output) = await BashAsync(Rewrite(command.Text));
            Assert.True(exit == 0, $"{command}\nexit {exit}\n{output}");
        }

        Assert.True(File.Exists(Path.Combine(_scratch, "out", "timeline.json")), "the main job writes out/timeline.json");
    }

    private static IReadOnlyList<ReadmeCommand> Commands() =>
        ReadmeCommands.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root(), "README.md")));

    private static bool IsQuick(ReadmeCommand command)
    {
        string text = command.Text;
        if (HostCommand().Match(text) is { Success: true } host)
        {
            return host.Groups["verb"].Value is "validate" or "occurrences" or "simulate";
        }

        return ShellCommands.Contains(text.Split(' ')[0], StringComparer.Ordinal);
    }

    /// <summary>The built executable instead of <c>dotnet run</c>: the same program without building it again.</summary>
    private static string Rewrite(string text) =>
        HostCommand().Replace(text, m => $"dotnet '{Path.Combine(AppContext.BaseDirectory, "Workflows.Host.dll")}' {m.Groups["verb"].Value}");

    private void CopyInto(string relative)
    {
        var from = Path.Combine(RepoPaths.Root(), relative);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(_scratch, relative, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private async Task<(int Exit, string Output)> BashAsync(string command)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _scratch,
        };
        info.ArgumentList.Add("-euo");
        info.ArgumentList.Add("pipefail");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        info.Environment.Remove("AzureWebJobsStorage");
        info.Environment.Remove("Workflows__ApiKey");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"^dotnet run (?:-v m )?--project functions/Workflows\.Host(?: -v m)? -- (?<verb>[a-z]+)")]
    private static partial Regex HostCommand();

    // [--flag …] or <something> as written in a usage line; shell redirections (< file, 2>&1, > out) do not match.
    [GeneratedRegex(@"\[--|<[A-Za-z][^<>]*>")]
    private static partial Regex Placeholder();
}
