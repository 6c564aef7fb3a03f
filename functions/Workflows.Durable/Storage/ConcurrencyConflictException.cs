namespace Workflows.Durable.Storage;

/// <summary>Another writer changed the instance since it was read: reload and redo the turn, never merge.</summary>
internal sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
