using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// Keeps the errors the app logs (with their exception's type, message and innermost frame), so a 5xx in the fuzz
/// report says what threw, not only that something did.
/// </summary>
internal sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The errors logged since the last call.</summary>
    public List<string> Take()
    {
        var taken = new List<string>();
        while (_errors.TryDequeue(out string? error))
        {
            taken.Add(error);
        }

        return taken;
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            string text = $"{category}: {formatter(state, exception)}";
            if (exception is not null)
            {
                var inner = exception;
                while (inner.InnerException is not null)
                {
                    inner = inner.InnerException;
                }

                string frame = inner.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
                text += $" [{inner.GetType().Name}: {inner.Message} {frame}]";
            }

            log._errors.Enqueue(text);
        }
    }
}
