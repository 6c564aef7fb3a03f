using System.Collections.Concurrent;
using System.Diagnostics;

namespace Workflows.DevStorage;

/// <summary>
/// Stops children still running when this process exits normally, so a test run that forgets to dispose
/// an emulator does not leave node behind. A parent that dies without running ProcessExit (SIGKILL, crash)
/// is covered on the child's side: it shuts down when its stdin pipe closes (see <see cref="NodeCommandLine"/>).
/// </summary>
internal static class OrphanGuard
{
    private static readonly ConcurrentDictionary<int, Process> Children = new();
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);
    private static int _hooked;

    public static void Track(int processId, Process process)
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        }

        Children[processId] = process;
    }

    public static void Untrack(int processId) => Children.TryRemove(processId, out _);

    private static void StopAll()
    {
        var children = Children.Values.ToArray();
        foreach (var child in children)
        {
            ChildProcess.CloseStandardInput(child);
        }

        var deadline = Stopwatch.StartNew();
        foreach (var child in children)
        {
            var remaining = GracePeriod - deadline.Elapsed;
            if (remaining <= TimeSpan.Zero || !child.WaitForExit(remaining))
            {
                ChildProcess.KillTree(child);
            }
        }
    }
}
