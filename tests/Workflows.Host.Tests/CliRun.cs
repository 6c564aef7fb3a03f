using System.Diagnostics;
using NodaTime;
using Workflows.Host.Cli;

namespace Workflows.Host.Tests;

/// <summary>Runs the CLI in-process (fast, exact writers) or as the real executable (exit codes, streams).</summary>
internal static class CliRun
{
    public static readonly Instant Today = Instant.FromUtc(2026, 11, 23, 9, 0);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static string Config(string name) => Path.Combine(AppContext.BaseDirectory, "Configs", name);

    public static async Task<(int Exit, string Out, string Err)> InProcessAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(args, stdout, stderr, new FixedClock(Today));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static async Task<(int Exit, string Out, string Err)> ProcessAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Workflows.Host.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
