namespace Workflows.Durable;

/// <summary>Why a task or orchestration failed; crosses process boundaries as data, never as an exception object.</summary>
public sealed record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null, TaskFailureDetails? InnerFailure = null)
{
    /// <summary>True when the failure was caused by an exception of type <typeparamref name="T"/> (or a subtype, by name).</summary>
    public bool IsCausedBy<T>() where T : Exception => string.Equals(ErrorType, typeof(T).FullName, StringComparison.Ordinal);

    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new TaskFailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            exception switch
            {
                // A failed activity's own failure is the cause worth showing, as in Microsoft.DurableTask.
                TaskFailedException failed => failed.FailureDetails,
                { InnerException: { } inner } => FromException(inner),
                _ => null,
            });
    }

    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
