using System.Diagnostics;
using System.Text;

namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>
/// Makes sure Debian's Chromium is at <see cref="ExecutablePath"/> before the browser tests start: Playwright's own
/// browser download is not reachable from these machines, and a fresh CI machine has no Chromium, so the test run
/// installs the apt package itself (as root, or through a password-less sudo) instead of skipping anything.
/// </summary>
internal static class ChromiumInstaller
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Two test processes (two test projects, two runs) must not run apt at the same time.</summary>
    private static readonly string LockFile = Path.Combine(Path.GetTempPath(), "workflows-chromium-install.lock");

    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static async Task EnsureAsync(CancellationToken cancellation = default)
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        await InProcess.WaitAsync(cancellation);
        try
        {
            await using var crossProcess = await AcquireLockAsync(cancellation);
            var plan = ChromiumInstallPlan.For(
                chromiumPresent: File.Exists(ExecutablePath),
                aptPresent: OnPath("apt-get"),
                privileged: Environment.IsPrivilegedProcess,
                sudoPresent: OnPath("sudo"));
            if (plan.Failure is not null)
            {
                throw new InvalidOperationException(plan.Failure);
            }

            foreach (var command in plan.Commands)
            {
                await RunAsync(command, cancellation);
            }

            if (!plan.NothingToDo && !File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException($"'apt-get install {ChromiumInstallPlan.Package}' succeeded but {ExecutablePath} is still missing.");
            }
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>An exclusive lock on a file (flock on Linux), waited for while another process installs.</summary>
    private static async Task<FileStream> AcquireLockAsync(CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + CommandTimeout + CommandTimeout;
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
            }
        }
    }

    private static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));

    private static async Task RunAsync(IReadOnlyList<string> command, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        string line = string.Join(' ', command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{line}'.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Installing Chromium for the browser tests: '{line}' did not finish within {CommandTimeout.TotalMinutes} minutes.\n{Tail(output)}");
        }

        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing Chromium for the browser tests failed: '{line}' exited with {process.ExitCode}.\n{Tail(output)}");
        }
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } text)
        {
            lock (output)
            {
                output.AppendLine(text);
            }
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            string all = output.ToString();
            return all.Length <= 4000 ? all : all[^4000..];
        }
    }
}
