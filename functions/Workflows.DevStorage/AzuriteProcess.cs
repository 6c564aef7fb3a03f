using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Workflows.DevStorage;

/// <summary>A running Azurite (blob, queue and table) owned by this process.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BusyPortRetryDelay = TimeSpan.FromMilliseconds(250);

    // A port that is still busy after a few tries is held by another process, not closing: counting tries (not
    // time) lets the start-up timeout stay a generous hang guard on a loaded machine without stretching that case.
    private const int BusyPortAttempts = 4;

    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly Lock _stopGate = new();
    private Task? _stopTask;

    private AzuriteProcess(AzuriteLaunch launch, ILogger logger, string host, ServicePorts ports, string? location, string scheme)
    {
        _process = launch.Process;
        _logger = logger;
        ProcessId = launch.ProcessId;
        BlobPort = ports.Blob;
        QueuePort = ports.Queue;
        TablePort = ports.Table;
        Location = location;
        ConnectionString = DevStorageConnectionString.Create(scheme, host, ports.Blob, ports.Queue, ports.Table);
        BlobServiceUri = DevStorageConnectionString.Endpoint(scheme, host, ports.Blob);
        QueueServiceUri = DevStorageConnectionString.Endpoint(scheme, host, ports.Queue);
        TableServiceUri = DevStorageConnectionString.Endpoint(scheme, host, ports.Table);
    }

    /// <summary>Explicit connection string for the well-known devstoreaccount1 on this instance's ports.</summary>
    public string ConnectionString { get; }

    /// <summary>The blob service of devstoreaccount1 (https when started with <see cref="AzuriteOptions.Tls"/>).</summary>
    public Uri BlobServiceUri { get; }

    public Uri QueueServiceUri { get; }

    public Uri TableServiceUri { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>The node process; stays readable after stop so callers can check it is gone.</summary>
    public int ProcessId { get; }

    /// <summary>Full path of the persistence directory, or null when running in memory.</summary>
    public string? Location { get; }

    /// <summary>
    /// Starts Azurite and returns once all three services accept TCP connections. Starting again with the
    /// same ports and <see cref="AzuriteOptions.Location"/> after <see cref="StopAsync"/> picks up the same data.
    /// </summary>
    /// <exception cref="FileNotFoundException">Azurite's entry script is missing.</exception>
    /// <exception cref="AzuriteStartException">Node could not run, or Azurite exited or timed out while starting.</exception>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions? options = null, CancellationToken ct = default)
    {
        options ??= new AzuriteOptions();
        Validate(options);
        var address = ParseHost(options.Host);
        var script = AzuriteScript.Resolve(options.ScriptPath);
        var location = options.Location is null ? null : Path.GetFullPath(options.Location);
        if (location is not null)
        {
            Directory.CreateDirectory(location);
        }

        var logger = options.Logger ?? NullLogger.Instance;
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<string>? busyPortOutput = null;

        for (var attempt = 1; ; attempt++)
        {
            var ports = ChoosePorts(options, address);
            Log.Starting(logger, script, options.Host, ports.Blob, ports.Queue, ports.Table, location ?? "in memory");
            var launch = AzuriteLaunch.Start(
                NodeCommandLine.Create(options.NodePath, script, options.Host, ports.Blob, ports.Queue, ports.Table, location, options.Tls,
                    options.DebugLogPath),
                logger);

            Readiness readiness;
            try
            {
                var remaining = options.StartupTimeout - Stopwatch.GetElapsedTime(started);
                readiness = await launch.WaitUntilReadyAsync(address, ports, remaining, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await launch.AbandonAsync().ConfigureAwait(false);
                throw;
            }

            if (readiness == Readiness.Ready)
            {
                var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Log.Ready(logger, launch.ProcessId, elapsedMs, ports.Blob, ports.Queue, ports.Table);
                return new AzuriteProcess(launch, logger, options.Host, ports, location, options.Tls is null ? Uri.UriSchemeHttp : Uri.UriSchemeHttps);
            }

            await launch.AbandonAsync().ConfigureAwait(false);

            // A just-freed port (TIME_WAIT, or the previous instance still closing) or a stolen free port
            // clears up quickly; anything else will not improve by retrying.
            if (readiness == Readiness.Exited && launch.OutputContains("EADDRINUSE"))
            {
                busyPortOutput = launch.Output;
                if (attempt < BusyPortAttempts && Stopwatch.GetElapsedTime(started) + BusyPortRetryDelay < options.StartupTimeout)
                {
                    Log.PortsBusy(logger, attempt);
                    await Task.Delay(BusyPortRetryDelay, ct).ConfigureAwait(false);
                    continue;
                }
            }

            throw StartFailure(readiness, options, ports, launch.Output, busyPortOutput, attempt, launch.ProcessId);
        }
    }

    /// <summary>
    /// Shuts Azurite down (gracefully, so persisted data is flushed; killing its process tree if it does
    /// not exit in time) and waits until it has exited and released its ports. Safe to call repeatedly.
    /// </summary>
    public Task StopAsync()
    {
        lock (_stopGate)
        {
            return _stopTask ??= StopCoreAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task StopCoreAsync()
    {
        ChildProcess.CloseStandardInput(_process);
        using (var grace = new CancellationTokenSource(StopGracePeriod))
        {
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Log.Killing(_logger, ProcessId, (long)StopGracePeriod.TotalMilliseconds);
                ChildProcess.KillTree(_process);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }

        OrphanGuard.Untrack(ProcessId);
        _process.Dispose();
        Log.Stopped(_logger, ProcessId);
    }

    private static AzuriteStartException StartFailure(
        Readiness readiness, AzuriteOptions options, ServicePorts ports, IReadOnlyList<string> output, IReadOnlyList<string>? busyPortOutput,
        int attempts, int processId)
    {
        var where = $"{options.Host} ({ports})";
        var timeout = $"{options.StartupTimeout.TotalSeconds:0.#} s";
        return readiness switch
        {
            // The last try may have run out of time before failing the same way; the busy port is the real reason.
            _ when busyPortOutput is not null => new AzuriteStartException(
                $"Azurite could not bind its ports on {where} in {attempts} attempts: another process holds one of them.",
                busyPortOutput) { ProcessId = processId },
            Readiness.Exited => new AzuriteStartException($"Azurite exited while starting on {where}.", output) { ProcessId = processId },
            _ => new AzuriteStartException($"Azurite did not accept connections on {where} within {timeout}.", output) { ProcessId = processId },
        };
    }

    private static ServicePorts ChoosePorts(AzuriteOptions options, IPAddress address)
    {
        var free = LoopbackPorts.PickFree(address, 3);
        return new ServicePorts(options.BlobPort ?? free[0], options.QueuePort ?? free[1], options.TablePort ?? free[2]);
    }

    private static IPAddress ParseHost(string host) =>
        IPAddress.TryParse(host, out var address)
            ? address
            : throw new ArgumentException($"AzuriteOptions.Host must be an IP address, not '{host}'.", nameof(host));

    private static void Validate(AzuriteOptions options)
    {
        foreach (var port in new[] { options.BlobPort, options.QueuePort, options.TablePort })
        {
            if (port is < 1 or > IPEndPoint.MaxPort)
            {
                throw new ArgumentOutOfRangeException(nameof(options), port, "Azurite ports must be between 1 and 65535.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.StartupTimeout, TimeSpan.Zero, nameof(options));
    }
}
