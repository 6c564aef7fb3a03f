using Microsoft.Extensions.Logging;
using Workflows.Messaging.Graph;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>A fake Graph server and a gateway on the real GraphServiceClient pointed at it.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string Organizer = "organizer@profijt.example";

    private GraphHarness(FakeGraphServer server, StaticTokenCredential credential, CapturingLoggerProvider logs, ILoggerFactory loggerFactory, GraphMessageGateway gateway)
    {
        Server = server;
        Credential = credential;
        Logs = logs;
        LoggerFactory = loggerFactory;
        Gateway = gateway;
    }

    public FakeGraphServer Server { get; }

    public StaticTokenCredential Credential { get; }

    public CapturingLoggerProvider Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public GraphMessageGateway Gateway { get; }

    /// <summary>Starts the server; <paramref name="configure"/> adjusts the options (no back-off delay by default).</summary>
    public static async Task<GraphHarness> StartAsync(Func<GraphMessagingOptions, GraphMessagingOptions>? configure = null)
    {
        var server = await FakeGraphServer.StartAsync();
        var options = new GraphMessagingOptions
        {
            TenantId = "00000000-0000-0000-0000-000000000001",
            ClientId = "00000000-0000-0000-0000-000000000002",
            BaseUrl = server.BaseUrl,
            RetryDelaySeconds = 0,
            MaxRetries = 3,
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        options = configure?.Invoke(options) ?? options;
        var credential = new StaticTokenCredential();
        var logs = new CapturingLoggerProvider();
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var client = GraphMessagingClientFactory.CreateClient(options, credential, loggerFactory);
        var gateway = new GraphMessageGateway(client, loggerFactory.CreateLogger<GraphMessageGateway>());
        return new GraphHarness(server, credential, logs, loggerFactory, gateway);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        LoggerFactory.Dispose();
    }
}
