using System.Diagnostics;
using System.Text;

namespace Workflows.Functions.Tests;

/// <summary>
/// One <c>dotnet publish functions/Workflows.Functions</c> per test run, without a runtime as <c>azd up</c> runs it (the
/// project picks linux-x64 itself when publishing), into a temporary folder that is deleted afterwards.
/// </summary>
/// <remarks>
/// In the configuration of the test run (Debug), so the projects the app references are the test run's own build, up to
/// date, and only the app and the SDK's generated WorkerExtensions project are built for linux-x64 (a Release publish
/// rebuilt all of them: about a minute and a half of both cores). Release differs only in optimisation; azd's own
/// publish is the same command with <c>-c Release</c>. In a solution run every project is built before any test starts
/// (tests/Directory.Build.targets), so nothing builds beside this, and <c>--no-dependencies</c> takes the referenced
/// projects' outputs as they are (this test project's own build made them) instead of checking each again: a third
/// of the publish's CPU time. On a linux-x64 machine the app's own build is already for linux-x64, and the publish is
/// <c>--no-build</c>: it only gathers the build's files (3 CPU-s instead of 38). Warnings stay errors. <c>-nr:false</c> and <c>--disable-build-servers</c>: no MSBuild
/// node or compiler server outlives the test.
/// </remarks>
public sealed class PublishFixture : IAsyncLifetime
{
    /// <summary>A hang guard only: a publish here takes well under a minute.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "wf-publish-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(_root, "publish");

    /// <summary>
    /// The test run's own configuration, read from the folder of the app's build this project references
    /// (bin/{Configuration}/{tfm}/). Not from this assembly's folder as its parent's parent: for bin/Debug/net10.0/
    /// that is "bin", a configuration of its own that no build had made.
    /// </summary>
    private static string Configuration => Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(FunctionsBuildOutput.Directory)))!;

    public int ExitCode { get; private set; } = -1;

    public string Output { get; private set; } = string.Empty;

    public TimeSpan Elapsed { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var project = Path.Combine(HostJsonTests.RepositoryRoot(), "functions", "Workflows.Functions");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        foreach (var argument in new[]
        {
            "publish", project, "-c", Configuration, "-o", Folder,
            "-nologo", "-nr:false", "--disable-build-servers", "--no-dependencies", "-v:m",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (BuildIsForLinuxX64())
        {
            // On a linux-x64 machine the app's build already is the linux-x64 build a publish makes (the csproj's
            // rule), in the folders the publish reads: compiling the app and its WorkerExtensions again made the same
            // files and cost nine tenths of the publish.
            start.ArgumentList.Add("--no-build");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            process.WaitForExit(); // drains the asynchronous output handlers
            ExitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Append(output, $"--- dotnet publish killed after {Timeout} (hang guard) ---");
        }

        Elapsed = stopwatch.Elapsed;
        lock (output)
        {
            Output = output.ToString();
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the run; the folder is under the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the test run's build of the app (this project references it) is for linux-x64.</summary>
    private static bool BuildIsForLinuxX64()
    {
        string deps = Path.Combine(FunctionsBuildOutput.Directory, "Workflows.Functions.deps.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(deps));
        return document.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString()!.EndsWith("/linux-x64", StringComparison.Ordinal);
    }

    /// <summary>Fails with the publish's whole output unless it succeeded.</summary>
    public void AssertSucceeded() =>
        Assert.True(ExitCode == 0, $"dotnet publish exited with {ExitCode} after {Elapsed}:\n{Output}");

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
