using Microsoft.Extensions.Logging;

namespace Workflows.Host.CustomHandler;

/// <summary>Custom-handler log events (ids 7100-7199): function names, counts and failure types only.</summary>
internal static partial class Log
{
    [LoggerMessage(7100, LogLevel.Debug, "{Function} processed a message (delivery {DequeueCount})")]
    public static partial void MessageProcessed(ILogger logger, string function, long dequeueCount);

    [LoggerMessage(7101, LogLevel.Warning, "{Function} failed on delivery {DequeueCount}; the host retries it")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string function, long dequeueCount);

    [LoggerMessage(7102, LogLevel.Warning, "{Function} received an invocation that is not the custom-handler payload: {Reason}")]
    public static partial void InvalidInvocation(ILogger logger, string function, string reason);

    [LoggerMessage(7103, LogLevel.Warning, "{Function} ran late: the timer was past due")]
    public static partial void TimerPastDue(ILogger logger, string function);

    [LoggerMessage(7104, LogLevel.Error, "{Function} failed; the host calls it again at the next tick")]
    public static partial void TimerFailed(ILogger logger, Exception exception, string function);
}
