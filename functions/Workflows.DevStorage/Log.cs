using Microsoft.Extensions.Logging;

namespace Workflows.DevStorage;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Starting Azurite {Script} on {Host} (blob {BlobPort}, queue {QueuePort}, table {TablePort}, location {Location})")]
    public static partial void Starting(ILogger logger, string script, string host, int blobPort, int queuePort, int tablePort, string location);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Azurite {ProcessId} ready in {ElapsedMs} ms (blob {BlobPort}, queue {QueuePort}, table {TablePort})")]
    public static partial void Ready(ILogger logger, int processId, long elapsedMs, int blobPort, int queuePort, int tablePort);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Azurite {ProcessId}: {Line}")]
    public static partial void Output(ILogger logger, int processId, string line);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Azurite could not bind its ports (attempt {Attempt}); retrying")]
    public static partial void PortsBusy(ILogger logger, int attempt);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Azurite {ProcessId} stopped")]
    public static partial void Stopped(ILogger logger, int processId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Azurite {ProcessId} ignored shutdown for {GraceMs} ms; killing its process tree")]
    public static partial void Killing(ILogger logger, int processId, long graceMs);
}
