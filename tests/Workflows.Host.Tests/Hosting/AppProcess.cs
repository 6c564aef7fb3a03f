using System.Collections.Concurrent;
using System.Diagnostics;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// The executable as a real child process, with its stdout and stderr collected line by line. Disposing kills
/// whatever is left (a test that failed half-way must not leave a server running).
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly SemaphoreSlim _lines = new(0);

    private AppProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>Starts <c>dotnet Workflows.Host.dll</c> from the test output, or the given executable.</summary>
    public static AppProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null, string? executable = null)
    {
        var info = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (executable is null)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Workflows.Host.dll"));
        }

        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test runner's own settings must not leak into the app under test.
        info.Environment.Remove("AzureWebJobsStorage");
        info.Environment.Remove("Workflows__ApiKey");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new AppProcess(Process.Start(info)!);
    }

    /// <summary>Waits for a stdout line starting with <paramref name="prefix"/>; fails with the output if the process ends first.</summary>
    public async Task<string> WaitForLineAsync(string prefix)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            if (_stdout.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The process exited ({_process.ExitCode}) before printing '{prefix}'.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }

            try
            {
                await _lines.WaitAsync(TimeSpan.FromMilliseconds(200), patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No line '{prefix}' after {Patience}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }
        }
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd does to stop a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>SIGKILL to this process only, as a crash or an OOM kill does: no shutdown code runs, children stay.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(patience.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lines.Dispose();
    }

    private void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
            _lines.Release();
        }
    }
}
