using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Durable;
using Workflows.Host.Api;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The API as a host runs it: a WebApplication on Kestrel (a free loopback port) with AddWorkflowsApi and
/// MapWorkflowsApi, a real task hub on Azurite with a pull worker, and a fake clock for the API (today is
/// 2026-11-23, as in the CLI tests). Tests talk to it over real HTTP.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "test-key-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly DurableTaskWorker _worker;

    private ApiHost(WebApplication app, DurableTaskHub hub, DurableTaskWorker worker, FakeTimeProvider clock, Uri address)
    {
        _app = app;
        _worker = worker;
        Hub = hub;
        Client = hub.CreateClient();
        Clock = clock;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
        Http.DefaultRequestHeaders.Add("x-functions-key", Key);
        Anonymous = new HttpClient { BaseAddress = address };
    }

    public DurableTaskHub Hub { get; }

    public DurableTaskClient Client { get; }

    public FakeTimeProvider Clock { get; }

    public Uri Address { get; }

    /// <summary>Sends the right key with every request.</summary>
    public HttpClient Http { get; }

    /// <summary>Sends no key.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ApiHost> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? services = null, int linkPermits = 1000, string? hubName = null, IDictionary<string, string?>? settings = null)
    {
        hubName ??= "api" + Guid.NewGuid().ToString("N")[..12];
        var hub = await DurableTaskHub.CreateAsync(azurite.ConnectionString, hubName);
        var worker = hub.CreateWorker(TestOrchestrations.Registry(), new DurableTaskWorkerOptions
        {
            MaxPollingDelay = TimeSpan.FromMilliseconds(100),
            TimerPollInterval = TimeSpan.FromSeconds(1),
            MessageVisibilityTimeout = TimeSpan.FromSeconds(5),
            OutboxLease = TimeSpan.FromSeconds(1),
            SweepInterval = TimeSpan.FromMilliseconds(500),
            SessionIdleTimeout = TimeSpan.FromSeconds(5),
        });
        await worker.StartAsync(CancellationToken.None);

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter(_ => false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Workflows:ApiKey"] = Key,
            ["Workflows:TaskHub"] = hubName,
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!")),
            ["Workflows:LinkRateLimit:PermitLimit"] = linkPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(hub.CreateClient());
        services?.Invoke(builder.Services);
        builder.Services.AddWorkflowsApi(builder.Configuration);
        var app = builder.Build();
        app.MapWorkflowsApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiHost(app, hub, worker, clock, new Uri(address));
    }

    public static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        return body;
    }

    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cts.Token);
            if (metadata is not null && condition(metadata))
            {
                return metadata;
            }

            await Task.Delay(50, cts.Token);
        }
    }

    /// <summary>The names of the events an instance has recorded, in order.</summary>
    public async Task<List<string>> RaisedEventsAsync(string instanceId)
    {
        var history = await Client.GetInstanceHistoryAsync(instanceId);
        return history.Where(e => e.EventType == "EventRaised")
            .Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("name").GetString()!)
            .ToList();
    }

    /// <summary>
    /// Proves that nothing was raised before now: raises a marker and waits until the instance recorded it. The
    /// queue delivers in order here, so an event raised earlier would be in the history before the marker.
    /// </summary>
    public async Task<List<string>> EventsBeforeMarkerAsync(string instanceId)
    {
        await Client.RaiseEventAsync(instanceId, TestOrchestrations.Marker, "marker");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var events = await RaisedEventsAsync(instanceId);
            if (events.Contains(TestOrchestrations.Marker))
            {
                return events;
            }

            await Task.Delay(50, cts.Token);
        }
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _worker.DisposeAsync();
        try
        {
            await Hub.DeleteAsync();
        }
        catch (Azure.RequestFailedException)
        {
            // Two hosts may share a hub; the second delete finds it gone.
        }
    }
}
