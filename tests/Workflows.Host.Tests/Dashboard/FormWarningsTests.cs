using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// Rendering a form (its CSRF token) logged a warning on every view: the dashboard's "Cache-Control: no-store" has no
/// no-cache, so antiforgery replaced it and said so. Form pages are viewed all day; the log must stay quiet.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class FormWarningsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Form_pages_signed_in_or_not_log_no_warning_and_are_not_cached()
    {
        var log = new WarningLog();
        await using var host = await DashboardHost.StartAsync(azurite, services: s => s.AddSingleton<ILoggerProvider>(log));
        log.Clear();

        // The login form (a fresh CSRF cookie), then signed in: the overview (the language form on every page) and
        // an action's form, each twice (the second view reuses the cookie token).
        using var session = host.NewSession(out _);
        foreach (string page in new[] { "dashboard/login", "dashboard/login" })
        {
            using var response = await session.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { NoStore: true, NoCache: true }, $"{page}: Cache-Control {response.Headers.CacheControl}");
        }

        await DashboardHost.SignInAsync(session);
        foreach (string page in new[] { "dashboard", "dashboard/series/directieberaad/occurrences/2026-09-15/cancel", "dashboard", "dashboard/series/directieberaad/occurrences/2026-09-15/cancel" })
        {
            using var response = await session.GetAsync(new Uri(page, UriKind.Relative));
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.Contains("name=\"__csrf\"", body, StringComparison.Ordinal);
            Assert.True(response.Headers.CacheControl is { NoStore: true, NoCache: true }, $"{page}: Cache-Control {response.Headers.CacheControl}");
        }

        Assert.True(log.Warnings.Count == 0, string.Join("\n", log.Warnings));
    }

    /// <summary>Keeps every warning or worse the app logs, with its category.</summary>
    private sealed class WarningLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyList<string> Warnings => [.. _warnings];

        public void Clear() => _warnings.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(WarningLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    log._warnings.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
