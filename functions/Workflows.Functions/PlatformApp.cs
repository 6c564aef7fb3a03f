using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Hosting;
using Workflows.Runtime;

namespace Workflows.Functions;

/// <summary>
/// The platform as <c>serve</c> composes it (API, dashboard, messaging, the workflows' stores and configuration
/// listeners), built once for the Functions app and never started: HTTP functions run its request pipeline, activity
/// functions take their services from its container. The workflows themselves run in the Functions host's Durable
/// Task extension, so no local runtime is part of it.
/// </summary>
internal sealed class PlatformApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlatformApp(WebApplication app)
    {
        _app = app;
        Pipeline = WorkflowsApp.Pipeline(app);
    }

    /// <summary>The platform's container: message gateway, stores, API and dashboard services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Routing, authentication, antiforgery and the endpoints, as under <c>serve</c>.</summary>
    public RequestDelegate Pipeline { get; }

    /// <param name="client">
    /// The client the API and dashboard use; by default the one the Functions host hands the invocation in hand.
    /// Tests pass the virtual-time runtime's.
    /// </param>
    /// <param name="settings">Settings over the environment's (tests).</param>
    /// <param name="clock">The app's clock; the system clock by default (tests pass the virtual one <c>serve</c> runs on).</param>
    public static PlatformApp Create(
        StorageAccount storage, string taskHub, DurableTaskClient? client = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost)
        {
            TaskHub = taskHub,
            Storage = storage,
            Clock = clock,
            Settings = settings ?? new Dictionary<string, string?>(),
            ConfigureServices = services =>
            {
                services.AddSingleton(client ?? new AmbientDurableTaskClient());
            },
        });
        return new PlatformApp(app);
    }

    /// <summary>
    /// Stops the worker at start when a setting would open the platform to guessing (a weak <c>Workflows:ApiKey</c>,
    /// the dashboard's sign-in key here), rather than at the first request that builds the app.
    /// </summary>
    /// <exception cref="InvalidOperationException">The setting is refused; the message names it and how to make a good one.</exception>
    public static void CheckSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (ApiKeys.Weakness(configuration[HostSettings.ApiKey]) is { } weak)
        {
            throw new InvalidOperationException(weak);
        }
    }

    /// <summary>The app from the Functions app's settings: storage from <c>AzureWebJobsStorage</c> (or its identity form), the hub name.</summary>
    public static PlatformApp FromConfiguration(IConfiguration configuration)
    {
        CheckSettings(configuration);
        var (identity, error) = HostSettings.IdentityStorage(configuration);
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }

        var storage = identity ?? StorageAccount.FromConnectionString(HostSettings.StorageConnection(configuration));
        return Create(storage, HostSettings.TaskHubName(configuration));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
