using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Workflows.DevStorage.Tests;

internal static class ProcessProbe
{
    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void AssertPortFree(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
    }
}
