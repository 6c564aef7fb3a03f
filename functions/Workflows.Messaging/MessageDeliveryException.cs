namespace Workflows.Messaging;

/// <summary>A message could not be delivered.</summary>
/// <remarks>Permanent failures (<see cref="IsTransient"/> false) carry the back-end's error code, e.g. Graph's
/// <c>ErrorAccessDenied</c>, so the workflow can report it instead of retrying forever.</remarks>
public sealed class MessageDeliveryException : Exception
{
    public MessageDeliveryException()
    {
    }

    public MessageDeliveryException(string message)
        : base(message)
    {
    }

    public MessageDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MessageDeliveryException(string message, string errorCode, int? statusCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    /// <summary>The back-end's error code (Graph <c>error.code</c>), or a short code of our own.</summary>
    public string ErrorCode { get; } = "unknown";

    /// <summary>The HTTP status, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>Whether retrying later may succeed.</summary>
    public bool IsTransient { get; } = true;
}
