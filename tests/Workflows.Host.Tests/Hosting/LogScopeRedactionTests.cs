using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Hosting;
using Workflows.Orchestrations.Links;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// Logs written while a request runs carry its scopes (console lines, Application Insights dimensions). ASP.NET
/// Core's request scope holds the path, which for an action link is the token: whoever reads it can use the link.
/// </summary>
[Collection(HostingAzuriteCollectionDefinition.Name)]
public sealed class LogScopeRedactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Logs_written_during_a_link_request_do_not_carry_its_token()
    {
        var app = Build(azurite.ConnectionString);
        await using var _ = app;
        using var capture = new ScopeCapture();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        await app.StartAsync();
        try
        {
            const string token = "eyJpIjoic2VjcmV0In0.c2lnbmF0dXJl";
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            using var response = await http.GetAsync(new Uri("/api/links/" + token, UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);

            // The refusal is logged inside the request (event 7012), so the request's scopes were there to be written.
            Assert.Contains(capture.Lines, l => l.Contains("Action link refused", StringComparison.Ordinal));
            Assert.DoesNotContain(capture.Lines, l => l.Contains(token, StringComparison.Ordinal));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task An_unhandled_error_in_a_link_request_is_logged_without_the_token()
    {
        // The workflows run (in memory); the store of used links is on a port where nothing listens, so the request fails inside.
        const string dead = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        var app = Build(dead);
        await using var _ = app;
        using var capture = new ScopeCapture();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        await app.StartAsync();
        try
        {
            var links = app.Services.GetRequiredService<ActionLinks>();
            string token = links.CreateToken(new ActionLink("instance-1", "Answer", "applying", "p1", DateTimeOffset.UtcNow.AddDays(1)));
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            using var response = await http.GetAsync(new Uri("/api/links/" + token, UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains(capture.Lines, l => l.Contains("Unhandled error in GET", StringComparison.Ordinal));
            Assert.DoesNotContain(capture.Lines, l => l.Contains(token, StringComparison.Ordinal));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>The app as the Functions host starts it, on <paramref name="connection"/>'s storage, the workflows on virtual time.</summary>
    private static WebApplication Build(string connection)
    {
        string hubName = "L" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        return WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost)
        {
            Urls = ["http://127.0.0.1:0"],
            TaskHub = hubName,
            Runtime = options => new VirtualTimeRuntime(hubName, clock, options),
            Storage = StorageAccount.FromConnectionString(connection),
        });
    }

    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new System.Text.StringBuilder(formatter(state, exception));
                owner._scopes.ForEachScope(
                    (scope, builder) =>
                    {
                        builder.Append(" => ").Append(scope);
                        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                        {
                            foreach (var (key, value) in pairs)
                            {
                                builder.Append(' ').Append(key).Append('=').Append(value);
                            }
                        }
                    },
                    line);
                owner.Lines.Enqueue(line.ToString());
            }
        }
    }
}
