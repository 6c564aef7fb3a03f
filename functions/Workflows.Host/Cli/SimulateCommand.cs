using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Simulation;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>simulate &lt;config.yaml&gt; --from &lt;date&gt; --to &lt;date&gt; --out &lt;dir&gt; [--responses &lt;file&gt;] [--force]</c>: runs the
/// real orchestrations on the real engine (own in-memory Azurite, virtual clock) and writes <c>timeline.json</c>,
/// <c>timeline.html</c> and <c>outbox/</c> into the output directory, which must be empty (or is emptied with
/// <c>--force</c>). Progress on stderr: a progress bar on a terminal, plain lines when redirected (<see cref="SimulationProgress"/>).
/// </summary>
internal static class SimulateCommand
{
    // An orchestration failed: the files are written, but the run is not a success.
    private const int SimulationFailed = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ConfigArguments.File();
        var from = new Option<string>("--from") { Description = "First day of the simulation (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the simulation (yyyy-MM-dd), inclusive.", Required = true };
        var output = new Option<string>("--out") { Description = "Directory for timeline.json, timeline.html and outbox/; must be empty or not exist yet.", Required = true };
        var responses = new Option<string?>("--responses") { Description = "Who answers what (YAML: default, rules, acknowledge). Without it nobody answers." };
        var force = new Option<bool>("--force") { Description = "Empty the --out directory first when it is not empty (everything in it is deleted)." };
        var command = new Command("simulate", "Runs the workflows of a partnership over a period on a virtual clock and writes the timeline.") { file, from, to, output, responses, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var first = LocalDatePattern.Iso.Parse(parse.GetRequiredValue(from));
            var last = LocalDatePattern.Iso.Parse(parse.GetRequiredValue(to));
            if (!first.Success || !last.Success || last.Value < first.Value)
            {
                await stderr.WriteLineAsync("--from and --to must be dates (yyyy-MM-dd), --to not before --from.").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            // The world as it is at --from: a deadline before it is in the past for this run.
            var config = ConfigArguments.Load(parse.GetRequiredValue(file), LocalDatePattern.Iso.Format(first.Value), NodaTime.SystemClock.Instance, stderr);
            if (config is null)
            {
                return ExitCodes.InvalidInput;
            }

            var answers = ResponsesFile.Silent;
            if (parse.GetValue(responses) is { } responsesPath)
            {
                var (loaded, errors) = ResponsesFileReader.Load(responsesPath, config);
                foreach (var error in errors)
                {
                    await stderr.WriteLineAsync(error.ToString()).ConfigureAwait(false);
                }

                if (loaded is null)
                {
                    return ExitCodes.InvalidInput;
                }

                answers = loaded;
            }

            string directory = Path.GetFullPath(parse.GetRequiredValue(output));
            if (PrepareOutput(directory, parse.GetValue(force)) is { } outputError)
            {
                await stderr.WriteLineAsync(outputError).ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            var result = await SimulationProgress.RunAsync(
                stderr,
                first.Value,
                last.Value,
                progress => new Simulator(config, answers, progress).RunAsync(first.Value, last.Value, directory, cancellationToken)).ConfigureAwait(false);
            var zone = PartnershipPlanner.Zone(config);
            await WriteAsync(Path.Combine(directory, "timeline.json"), TimelineJson.Write(first.Value, last.Value, result.Events, zone, result.Files), cancellationToken).ConfigureAwait(false);
            await WriteAsync(Path.Combine(directory, "timeline.html"), TimelineHtml.Write(config, first.Value, last.Value, result.Events, result.Files), cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{CliText.Count(result.Events.Count, "event", "events")} from {first.Value:yyyy-MM-dd} to {last.Value:yyyy-MM-dd}: {Path.Combine(directory, "timeline.json")}")).ConfigureAwait(false);
            foreach (string failure in result.Failures)
            {
                await stderr.WriteLineAsync($"failed: {failure}").ConfigureAwait(false);
            }

            return result.Failures.Count == 0 ? ExitCodes.Ok : SimulationFailed;
        });
        return command;
    }

    /// <summary>
    /// Makes <paramref name="directory"/> an empty directory, or says why not. A rerun into a used directory would
    /// otherwise leave the earlier run's randomly named outbox files beside the new ones, so only an explicit
    /// <c>--force</c> empties it. Checked after the input, so a wrong file never costs the earlier output.
    /// </summary>
    private static string? PrepareOutput(string directory, bool force)
    {
        if (File.Exists(directory))
        {
            return $"--out {directory} is a file, not a directory.";
        }

        if (!Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.CreateDirectory(directory);
            return null;
        }

        if (!force)
        {
            return $"--out {directory} is not empty: choose an empty or new directory, or add --force to delete what is in it first.";
        }

        // --force on a mistyped path must not wipe a home directory or the tree being worked in.
        if (Contains(directory, Directory.GetCurrentDirectory()) || Contains(directory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            return $"--out {directory} contains the current or home directory; --force does not empty it.";
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(directory))
        {
            // A link is removed itself; what it points at is left alone.
            if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null)
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        return null;
    }

    private static bool Contains(string directory, string other) =>
        other.Length > 0
        && Path.GetRelativePath(directory, other) is var relative
        && (relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)));

    // Written beside and renamed, so a reader never sees half a timeline.
    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        string temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
