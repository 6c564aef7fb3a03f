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
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api;
using Workflows.Orchestrations;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The API as a host runs it: a WebApplication on Kestrel (a free loopback port) with AddWorkflowsApi and
/// MapWorkflowsApi, the test orchestrations on the virtual-time runtime, storage on Azurite, and a fake clock for the API
/// and the runtime (today is 2026-11-23, as in the CLI tests). Tests talk to it over real HTTP.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "api-test-key-r8Ug58UjX6BVYAhrhdKlz8NMgi2LUpdw";

    private readonly WebApplication _app;

    private readonly ServiceProvider _container;

    private ApiHost(WebApplication app, VirtualTimeRuntime runtime, ServiceProvider container, Uri address)
    {
        _app = app;
        _container = container;
        Runtime = runtime;
        Clock = runtime.Clock;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
        Http.DefaultRequestHeaders.Add("x-functions-key", Key);
        Anonymous = new HttpClient { BaseAddress = address };
    }

    public VirtualTimeRuntime Runtime { get; }

    /// <summary>The task hub's name: the prefix of the API's container and tables.</summary>
    public string HubName => Runtime.TaskHub;

    public DurableTaskClient Client => Runtime.Client;

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
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        // The test orchestrations have no activities: the runtime's container stays empty.
        var container = new ServiceCollection().BuildServiceProvider();
        var runtime = new VirtualTimeRuntime(
            hubName,
            clock,
            new WorkflowRuntimeOptions(TestOrchestrations.Register(new Microsoft.DurableTask.DurableTaskRegistry()), container)
            {
                DataConverter = WorkflowJson.Converter,
            });
        await runtime.StartAsync(CancellationToken.None);

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
        builder.Services.AddSingleton(runtime.Client);
        services?.Invoke(builder.Services);
        builder.Services.AddWorkflowsApi(builder.Configuration);
        var app = builder.Build();
        app.MapWorkflowsApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiHost(app, runtime, container, new Uri(address));
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

    /// <summary>Runs what is due at the current virtual time, then returns the instance once it meets <paramref name="condition"/>.</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        await Runtime.DrainAsync();
        var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        Assert.NotNull(metadata);
        Assert.True(condition(metadata), $"{instanceId} is not in the state waited for: {metadata.RuntimeStatus}.");
        return metadata;
    }

    /// <summary>The names of the events an instance has recorded, in order.</summary>
    public async Task<List<string>> RaisedEventsAsync(string instanceId)
    {
        var history = await Client.GetOrchestrationHistoryAsync(instanceId);
        return [.. history.OfType<EventRaisedEvent>().Select(e => e.Name)];
    }

    /// <summary>
    /// Proves that nothing was raised before now: raises a marker and lets the instance take it in. Messages to an
    /// instance are delivered in order, so an event raised earlier would be in the history before the marker.
    /// </summary>
    public async Task<List<string>> EventsBeforeMarkerAsync(string instanceId)
    {
        await Client.RaiseEventAsync(instanceId, TestOrchestrations.Marker, "marker");
        await Runtime.DrainAsync();
        var events = await RaisedEventsAsync(instanceId);
        Assert.Contains(TestOrchestrations.Marker, events);
        return events;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Runtime.DisposeAsync();
        await _container.DisposeAsync();
    }
}
