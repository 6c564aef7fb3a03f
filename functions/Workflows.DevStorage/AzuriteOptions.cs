using Microsoft.Extensions.Logging;

namespace Workflows.DevStorage;

/// <summary>How <see cref="AzuriteProcess.StartAsync"/> runs the emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>
    /// Directory Azurite persists its data in. Null (the default) keeps everything in memory, so nothing
    /// is left on disk and every start begins empty.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>True unless <see cref="Location"/> is set.</summary>
    public bool InMemory => Location is null;

    /// <summary>Fixed blob port; null picks a free loopback port.</summary>
    public int? BlobPort { get; init; }

    /// <summary>Fixed queue port; null picks a free loopback port.</summary>
    public int? QueuePort { get; init; }

    /// <summary>Fixed table port; null picks a free loopback port.</summary>
    public int? TablePort { get; init; }

    /// <summary>IP address (not a host name) all three services listen on and the connection string points at.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>How long to wait for all three ports to accept connections, retries on busy ports included.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Azurite's entry script. Null uses WORKFLOWS_AZURITE_SCRIPT, else the script installed under
    /// tools/azurite by the build.
    /// </summary>
    public string? ScriptPath { get; init; }

    /// <summary>HTTPS (and optionally bearer tokens) instead of plain HTTP with the account key only.</summary>
    public AzuriteTls? Tls { get; init; }

    /// <summary>The Node.js executable; a bare name is looked up on PATH.</summary>
    public string NodePath { get; init; } = "node";

    /// <summary>
    /// File Azurite writes its debug log to (<c>--debug</c>): one "StorageContextMiddleware: RequestMethod=" line per
    /// request it serves, which the benchmark counts to check its own request counter. Null (the default) writes none;
    /// the log is large (headers and bodies), so only for short diagnostic runs.
    /// </summary>
    public string? DebugLogPath { get; init; }

    /// <summary>Receives lifecycle events and Azurite's own output (at Debug). Null logs nothing.</summary>
    public ILogger? Logger { get; init; }
}
