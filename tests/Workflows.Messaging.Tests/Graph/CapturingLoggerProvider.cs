using Microsoft.Extensions.Logging;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>Keeps every formatted log line so tests can check what the Graph back-end writes (and what it must not).</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<(int EventId, string Message)> lines = [];

    public IReadOnlyList<(int EventId, string Message)> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Capturing(this);

    public void Dispose()
    {
    }

    private sealed class Capturing(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.lines)
            {
                owner.lines.Add((eventId.Id, formatter(state, exception)));
            }
        }
    }
}
