using Microsoft.Extensions.Logging;
using Workflows.Messaging.Outbox;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>Keeps every formatted log line with its event id.</summary>
public sealed class ListLogger : ILogger<OutboxGateway>
{
    public List<(int EventId, string Message)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines)
        {
            Lines.Add((eventId.Id, formatter(state, exception)));
        }
    }
}
