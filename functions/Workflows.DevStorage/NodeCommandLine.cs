using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Workflows.DevStorage;

internal static class NodeCommandLine
{
    /// <summary>
    /// Preloaded before Azurite. When our end of the child's stdin closes — StopAsync, or this process
    /// dying in any way, SIGKILL included — it raises SIGTERM inside node, which runs Azurite's own
    /// shutdown: servers close and the Loki databases are saved (they otherwise autosave only every 5 s,
    /// so a plain kill loses recent writes). Before Azurite has installed its handler there is nothing to
    /// save, so it just exits. The timer is a last resort if shutdown stalls.
    /// A parent that died also closed the read ends of our stdout and stderr: Azurite's "service is closing"
    /// lines then fail with EPIPE, and an unhandled stream error would end node before the save completes, so
    /// write errors on both are ignored (nobody is left to read them anyway).
    /// </summary>
    private const string StdinWatchdog =
        """
        const ignore = () => {};
        process.stdout.on('error', ignore);
        process.stderr.on('error', ignore);
        let stopping = false;
        const stop = () => {
          if (stopping) { return; }
          stopping = true;
          process.stdin.destroy();
          setTimeout(() => process.exit(0), 5000).unref();
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        const orphaned = () => {
          if (process.listenerCount('SIGTERM') > 1) { process.emit('SIGTERM', 'SIGTERM'); } else { process.exit(0); }
        };
        process.stdin.on('end', orphaned);
        process.stdin.on('error', orphaned);
        process.stdin.resume();
        """;

    public static ProcessStartInfo Create(
        string nodePath, string script, string host, int blobPort, int queuePort, int tablePort, string? location, AzuriteTls? tls = null,
        string? debugLogPath = null)
    {
        var startInfo = new ProcessStartInfo(nodePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            // In memory, Azurite still ensures its location (the working directory) exists; keep that out of the repo.
            WorkingDirectory = location ?? Path.GetTempPath(),
        };

        // A data: URL lets --import take inline code, so no helper file has to ship next to the assembly.
        startInfo.ArgumentList.Add("--import");
        startInfo.ArgumentList.Add("data:text/javascript;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(StdinWatchdog)));
        startInfo.ArgumentList.Add(script);

        foreach (var service in new[] { "blob", "queue", "table" })
        {
            startInfo.ArgumentList.Add($"--{service}Host");
            startInfo.ArgumentList.Add(host);
        }

        AddPort(startInfo, "--blobPort", blobPort);
        AddPort(startInfo, "--queuePort", queuePort);
        AddPort(startInfo, "--tablePort", tablePort);

        // Telemetry would otherwise phone an Application Insights endpoint on every start.
        startInfo.ArgumentList.Add("--disableTelemetry");
        // The Azure SDKs move to API versions newer than the emulator knows faster than we update it.
        startInfo.ArgumentList.Add("--skipApiVersionCheck");
        startInfo.ArgumentList.Add("--loose");
        startInfo.ArgumentList.Add("--silent");

        if (location is null)
        {
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(location);
        }

        if (tls is not null)
        {
            startInfo.ArgumentList.Add("--cert");
            startInfo.ArgumentList.Add(Path.GetFullPath(tls.CertificatePath));
            startInfo.ArgumentList.Add("--key");
            startInfo.ArgumentList.Add(Path.GetFullPath(tls.KeyPath));
            if (tls.OAuth)
            {
                startInfo.ArgumentList.Add("--oauth");
                startInfo.ArgumentList.Add("basic");
            }
        }

        if (debugLogPath is not null)
        {
            startInfo.ArgumentList.Add("--debug");
            startInfo.ArgumentList.Add(Path.GetFullPath(debugLogPath));
        }

        // A custom account list would disable devstoreaccount1, which our connection string relies on.
        startInfo.Environment.Remove("AZURITE_ACCOUNTS");
        return startInfo;
    }

    private static void AddPort(ProcessStartInfo startInfo, string name, int port)
    {
        startInfo.ArgumentList.Add(name);
        startInfo.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
    }
}
