using System.Net;
using System.Net.Sockets;

namespace Workflows.DevStorage;

internal static class LoopbackPorts
{
    /// <summary>
    /// Asks the OS for free ports. All listeners stay open until every port is chosen so the three
    /// services never get the same port; another process may still take one before Azurite binds it,
    /// which the caller handles by retrying.
    /// </summary>
    public static int[] PickFree(IPAddress address, int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(address, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    public static async Task<bool> AcceptsConnectionAsync(IPAddress address, int port, CancellationToken ct)
    {
        using var client = new TcpClient(address.AddressFamily);
        try
        {
            await client.ConnectAsync(address, port, ct).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
