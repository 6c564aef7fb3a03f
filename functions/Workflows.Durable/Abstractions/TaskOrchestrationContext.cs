using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Workflows.Durable;

/// <summary>
/// The orchestrator's only window on the world (names and semantics of Microsoft.DurableTask). Everything it
/// returns is recorded in history and replayed, which is why orchestrator code must stay deterministic.
/// </summary>
public abstract class TaskOrchestrationContext
{
    public abstract TaskName Name { get; }

    public abstract string InstanceId { get; }

    /// <summary>The time the current turn started, replayed from history (never the machine clock).</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while code re-executes steps already in history; side-effect-free logging checks it.</summary>
    public abstract bool IsReplaying { get; }

    protected abstract ILoggerFactory LoggerFactory { get; }

    public abstract T? GetInput<T>();

    public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

    public Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null)
        => CallActivityAsync<object?>(name, input, options);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null);

    public Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
        => CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer of any length; cancelling the token abandons it (a later fire is ignored).</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken)
        => CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>Waits for an event raised to this instance; events that arrived earlier are buffered and delivered in order.</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="WaitForExternalEvent{T}(string, CancellationToken)"/>, throwing <see cref="TaskCanceledException"/> after <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout)
    {
        using var timerCts = new CancellationTokenSource();
        Task timeoutTask = CreateTimer(timeout, timerCts.Token);
        using var eventCts = new CancellationTokenSource();
        Task<T> eventTask = WaitForExternalEvent<T>(eventName, eventCts.Token);
        Task winner = await Task.WhenAny(timeoutTask, eventTask).ConfigureAwait(true);

        // Synchronous Cancel on purpose: the callbacks must run on the orchestrator thread, in this step.
#pragma warning disable CA1849
        (winner == eventTask ? timerCts : eventCts).Cancel();
#pragma warning restore CA1849

        return await eventTask.ConfigureAwait(true);
    }

    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>Ends this execution and restarts the instance with a fresh history (eternal orchestrations).</summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A GUID that is the same on every replay (name-based, RFC 4122 v5).</summary>
    public abstract Guid NewGuid();

    public ILogger CreateReplaySafeLogger(string categoryName)
        => new ReplaySafeLogger(this, (LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(categoryName));

    public ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);

    private sealed class ReplaySafeLogger(TaskOrchestrationContext context, ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => !context.IsReplaying && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!context.IsReplaying)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
