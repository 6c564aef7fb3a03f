using System.ComponentModel;
using System.Diagnostics;

namespace Workflows.DevStorage;

/// <summary>Best-effort operations on a child that may already have exited or been disposed.</summary>
internal static class ChildProcess
{
    public static void CloseStandardInput(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Already closed, or the child already gone: either way it has been told to stop.
        }
    }

    public static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Exited between the check and the kill.
        }
    }
}
