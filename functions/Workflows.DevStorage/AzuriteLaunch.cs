using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Workflows.DevStorage;

/// <summary>One attempt at starting node with Azurite: the child, its output, and whether it came up.</summary>
internal sealed class AzuriteLaunch
{
    private const int KeptOutputLines = 50;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);

    private readonly OutputTail _output = new(KeptOutputLines);

    private AzuriteLaunch(Process process, int processId)
    {
        Process = process;
        ProcessId = processId;
    }

    public Process Process { get; }

    public int ProcessId { get; }

    public IReadOnlyList<string> Output => _output.Snapshot();

    public bool OutputContains(string text) => _output.Contains(text);

    public static AzuriteLaunch Start(ProcessStartInfo startInfo, ILogger logger)
    {
        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new AzuriteStartException(
                $"Could not run Node.js ('{startInfo.FileName}'): {ex.Message}. Azurite needs node on PATH, or set AzuriteOptions.NodePath.",
                [],
                ex);
        }

        var launch = new AzuriteLaunch(process, process.Id);
        OrphanGuard.Track(launch.ProcessId, process);
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is { } line)
            {
                launch._output.Add(line);
                Log.Output(logger, launch.ProcessId, line);
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return launch;
    }

    public async Task<Readiness> WaitUntilReadyAsync(IPAddress address, ServicePorts ports, TimeSpan timeout, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return Readiness.TimedOut;
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        var pending = new List<int> { ports.Blob, ports.Queue, ports.Table };
        try
        {
            while (true)
            {
                if (Process.HasExited)
                {
                    return Readiness.Exited;
                }

                foreach (var port in pending.ToArray())
                {
                    if (await LoopbackPorts.AcceptsConnectionAsync(address, port, timeoutSource.Token).ConfigureAwait(false))
                    {
                        pending.Remove(port);
                    }
                }

                if (pending.Count == 0)
                {
                    // Something else may have answered on a port Azurite failed to bind; it exits right after.
                    return Process.HasExited ? Readiness.Exited : Readiness.Ready;
                }

                await Task.Delay(ProbeInterval, timeoutSource.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Readiness.TimedOut;
        }
    }

    /// <summary>Kills a child that failed to start and waits until its output is drained.</summary>
    public async Task AbandonAsync()
    {
        ChildProcess.KillTree(Process);
        await Process.WaitForExitAsync().ConfigureAwait(false);
        OrphanGuard.Untrack(ProcessId);
        Process.Dispose();
    }
}
