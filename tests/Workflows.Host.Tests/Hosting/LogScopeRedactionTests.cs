using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Host.Tests.CustomHandler;
using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// Logs written while a request runs carry its scopes (console lines, Application Insights dimensions). ASP.NET
/// Core's request scope holds the path, which for an action link is the token: whoever reads it can use the link.
/// </summary>
[Collection("azurite")]
public sealed class LogScopeRedactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Logs_written_during_a_link_request_do_not_carry_its_token()
    {
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, _ => { });
        using var capture = new ScopeCapture();
        handler.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        const string token = "eyJpIjoic2VjcmV0In0.c2lnbmF0dXJl";

        using var response = await handler.Http.GetAsync(new Uri("/api/links/" + token, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);

        // The refusal is logged inside the request (event 7012), so the request's scopes were there to be written.
        Assert.Contains(capture.Lines, l => l.Contains("Action link refused", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unhandled_error_in_a_link_request_is_logged_without_the_token()
    {
        // The hub is real; the store of used links is on a port where nothing listens, so the request fails inside.
        var hub = await Workflows.Durable.DurableTaskHub.CreateAsync(azurite.ConnectionString, "L" + Guid.NewGuid().ToString("N")[..12]);
        const string dead = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        var app = Workflows.Host.Hosting.WorkflowsApp.Build(new Workflows.Host.Hosting.AppSetup(Workflows.Host.Hosting.HostingMode.FunctionsHost)
        {
            Urls = ["http://127.0.0.1:0"],
            Hub = hub,
            Storage = Workflows.Durable.StorageAccount.FromConnectionString(dead),
        });
        await using var _ = app;
        using var capture = new ScopeCapture();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        await app.StartAsync();
        try
        {
            var links = app.Services.GetRequiredService<Workflows.Host.Api.Links.ActionLinks>();
            string token = links.CreateToken(new Workflows.Host.Api.Links.ActionLink("instance-1", "Answer", "applying", "p1", DateTimeOffset.UtcNow.AddDays(1)));
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
