using Microsoft.Extensions.Logging;

namespace Workflows.Messaging.Graph;

/// <summary>What the Graph back-end logs: request shapes, statuses and Graph error codes; never addresses, names or bodies.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Graph {Method} {PathTemplate} answered {Status} in {ElapsedMs} ms")]
    internal static partial void Call(ILogger logger, string method, string pathTemplate, int status, long elapsedMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Graph {Method} {PathTemplate} throttled (429), Retry-After {RetryAfter}")]
    internal static partial void Throttled(ILogger logger, string method, string pathTemplate, string retryAfter);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Graph {Method} {PathTemplate} got no answer after {ElapsedMs} ms ({ErrorType})")]
    internal static partial void NoAnswer(ILogger logger, string method, string pathTemplate, long elapsedMs, string errorType);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Creating an event failed without a clear answer ({Reason}); looking it up by transactionId before creating again")]
    internal static partial void CreateAmbiguous(ILogger logger, string reason);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "The event of an unclear create exists already; using it instead of creating another")]
    internal static partial void CreateFoundExisting(ILogger logger);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "The event was cancelled already by this process; not cancelling again")]
    internal static partial void CancelRepeated(ILogger logger);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "A mail with this idempotency key was sent already by this process; not sending again")]
    internal static partial void MailRepeated(ILogger logger);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "Graph {Operation} failed: {ErrorCode} (status {Status}, transient {IsTransient})")]
    internal static partial void DeliveryFailed(ILogger logger, string operation, string errorCode, int? status, bool isTransient);
}
