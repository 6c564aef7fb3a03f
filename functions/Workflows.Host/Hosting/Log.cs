using Microsoft.Extensions.Logging;

namespace Workflows.Host.Hosting;

/// <summary>The host's log events (ids 7000-7099). Ids, counts and paths only: no personal data, no keys.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Information, "Development storage already listens on ports {BlobPort}, {QueuePort}, {TablePort}; using it")]
    public static partial void DevStorageInUse(ILogger logger, int blobPort, int queuePort, int tablePort);

    [LoggerMessage(7001, LogLevel.Information, "Started Azurite (process {ProcessId}) with its data in {Location}")]
    public static partial void DevStorageStarted(ILogger logger, int processId, string location);

    [LoggerMessage(7002, LogLevel.Information, "Stopped Azurite")]
    public static partial void DevStorageStopped(ILogger logger);

    [LoggerMessage(7003, LogLevel.Information, "Task hub {TaskHub} ready ({Mode})")]
    public static partial void HubReady(ILogger logger, string taskHub, HostingMode mode);



    [LoggerMessage(7020, LogLevel.Information, "Loaded partnership configuration {Path}")]
    public static partial void ConfigLoaded(ILogger logger, string path);
}
