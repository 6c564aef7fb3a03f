using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.AzureStorage;

/// <summary>The Azure Storage runtime's own log lines (event ids 8000–8099).</summary>
internal static partial class AzureStorageLog
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Information,
        Message = "Task hub {TaskHub} starting: {Orchestrators} orchestrators, {Activities} activities")]
    public static partial void Starting(ILogger logger, string taskHub, int orchestrators, int activities);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Task hub {TaskHub} started")]
    public static partial void Started(ILogger logger, string taskHub);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information,
        Message = "Task hub {TaskHub} stopping (forced: {Forced})")]
    public static partial void Stopping(ILogger logger, string taskHub, bool forced);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Task hub {TaskHub} stopped")]
    public static partial void Stopped(ILogger logger, string taskHub);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Task hub {TaskHub} deleted")]
    public static partial void Deleted(ILogger logger, string taskHub);
}
