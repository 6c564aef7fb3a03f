using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Workflows.Infra.Tests;

/// <summary>The .NET CLI that runs these tests, for what only MSBuild knows (a project's evaluated properties).</summary>
internal static class DotnetCli
{
    /// <summary>
    /// The evaluated values of <paramref name="properties"/> in <paramref name="project"/> (Release, as azd publishes it).
    /// Evaluation only: no restore, no build.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> GetPropertiesAsync(string project, params string[] properties)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        // -nr:false: no MSBuild node may outlive the test.
        foreach (var argument in new[] { "msbuild", project, "-nologo", "-nr:false", "-p:Configuration=Release" })
        {
            start.ArgumentList.Add(argument);
        }

        // Two or more properties come back as JSON; always ask for one more so the shape is fixed.
        foreach (var property in properties.Append("MSBuildProjectName"))
        {
            start.ArgumentList.Add($"-getProperty:{property}");
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output;
        Assert.True(process.ExitCode == 0, $"dotnet msbuild {project} exited with {process.ExitCode}: {text}{await error}");
        var values = JsonNode.Parse(text)!["Properties"]!.AsObject();
        return values.ToDictionary(pair => pair.Key, pair => (string?)pair.Value ?? "");
    }
}
