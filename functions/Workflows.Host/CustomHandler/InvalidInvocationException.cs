namespace Workflows.Host.CustomHandler;

/// <summary>An invocation body that is not the documented custom-handler payload.</summary>
internal sealed class InvalidInvocationException : Exception
{
    public InvalidInvocationException()
    {
    }

    public InvalidInvocationException(string message)
        : base(message)
    {
    }

    public InvalidInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
