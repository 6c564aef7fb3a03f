using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api;
using Workflows.Host.Api.Links;
using Workflows.Host.Simulation;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Timeline;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

/// <summary>
/// Subsidy rounds and bestuur talks on the virtual-time runtime (DTFx's replay code, a virtual clock) under a hub name
/// of its own, the outbox gateway writing real files and its table in the shared Azurite, real signed links, and
/// (when asked) the HTTP API on Kestrel on the same runtime and clock.
/// </summary>
internal sealed class AgreementHarness : IAsyncDisposable
{
    public const string ApiKey = "agreement-test-key-GCQjtQW5IrIKuhXjqT2Ai43N";
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!"));

    private readonly ServiceProvider _container;
    private WebApplication? _app;

    private AgreementHarness(VirtualTimeRuntime runtime, ServiceProvider container, OutboxGateway outbox, SubsidyServices subsidies, ReviewServices reviews)
    {
        Runtime = runtime;
        _container = container;
        Outbox = outbox;
        Subsidies = subsidies;
        Reviews = reviews;
    }

    public VirtualTimeRuntime Runtime { get; }

    public string HubName => Runtime.TaskHub;

    public FakeTimeProvider Clock => Runtime.Clock;

    public OutboxGateway Outbox { get; }

    public SubsidyServices Subsidies { get; }

    public ReviewServices Reviews { get; }

    public DurableTaskClient Client => Runtime.Client;

    /// <summary>Sends the API key; null until <see cref="StartApiAsync"/>.</summary>
    public HttpClient? Http { get; private set; }

    public HttpClient? Anonymous { get; private set; }

    public static string ConfigText() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Subsidies", "agreements.yaml"));

    public static PartnershipConfig Config(string? yaml = null)
    {
        var result = PartnershipConfigLoader.Parse(yaml ?? ConfigText(), "agreements.yaml", new LocalDate(2026, 9, 1));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    }

    public static ActionLinks Links(TimeProvider clock) =>
        new(new LinkSigningKey(Microsoft.Extensions.Options.Options.Create(new WorkflowsApiOptions { LinkSigningKey = SigningKey }), NullLogger<LinkSigningKey>.Instance).Bytes, clock, new Uri("https://proef.example/"));

    /// <summary>Starts at 08:00 Amsterdam time on <paramref name="day"/>; nothing runs until a workflow is started.</summary>
    /// <param name="activityDeliveries">How often each activity runs (2 or more: at-least-once delivery, as the Azure Storage provider may do).</param>
    public static async Task<AgreementHarness> StartAsync(AzuriteFixture azurite, LocalDate day, IResponseSource? responses = null, string? hubName = null, Func<Workflows.Messaging.IMessageGateway, Workflows.Messaging.IMessageGateway>? wrap = null, int activityDeliveries = 1)
    {
        hubName ??= "g" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly(day + new LocalTime(8, 0)).ToDateTimeOffset());
        var tables = new TableServiceClient(azurite.ConnectionString);
        var outbox = new OutboxGateway(new OutboxOptions(Path.Combine(Path.GetTempPath(), hubName), tables, hubName + "Outbox"), responses, clock);
        var gateway = wrap is null ? outbox : wrap(outbox);
        var subsidies = new SubsidyServices(gateway, Links(clock), tables, hubName);
        var reviews = new ReviewServices(gateway, tables, hubName);
        var container = new ServiceCollection().AddSingleton(subsidies).AddSingleton(reviews).BuildServiceProvider();
        var registry = ReviewWorkflows.Register(SubsidyWorkflows.Register(new DurableTaskRegistry()));
        var options = new WorkflowRuntimeOptions(registry, container) { DataConverter = WorkflowJson.Converter };
        var runtime = new VirtualTimeRuntime(hubName, clock, options) { ActivityDeliveries = activityDeliveries };
        var harness = new AgreementHarness(runtime, container, outbox, subsidies, reviews);
        await harness.StartWorkerAsync();
        return harness;
    }

    public Task StartWorkerAsync() => Runtime.StartAsync(CancellationToken.None);

    public Task StopWorkerAsync() => Runtime.StopAsync(CancellationToken.None);

    /// <summary>The HTTP API on Kestrel, on this hub and clock, with the configuration stored in its own container.</summary>
    public async Task StartApiAsync(AzuriteFixture azurite, string? configYaml = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter(_ => false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Workflows:ApiKey"] = ApiKey,
            ["Workflows:TaskHub"] = HubName,
            ["Workflows:LinkSigningKey"] = SigningKey,
            ["Workflows:LinkRateLimit:PermitLimit"] = "1000",
        });
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(Client);
        builder.Services.AddSingleton<global::Workflows.Host.Api.Config.IConfigChangeListener, global::Workflows.Host.Api.Subsidies.AgreementsConfigListener>();
        builder.Services.AddWorkflowsApi(builder.Configuration);
        _app = builder.Build();
        // As WorkflowsApp's pipeline: every body over its route's limit is a 413 (routing is implicit and first here).
        global::Workflows.Host.Api.RequestBodyLimit.UseRequestBodyLimit(_app);
        _app.MapWorkflowsApi();
        await _app.StartAsync();
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Http = new HttpClient { BaseAddress = address };
        Http.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
        Anonymous = new HttpClient { BaseAddress = address };
        if (configYaml is not null)
        {
            var stored = await _app.Services.GetRequiredService<global::Workflows.Host.Api.Config.IPartnershipConfigStore>().ReplaceAsync(configYaml, "agreements.yaml");
            Assert.True(stored.Errors.Count == 0, string.Join("\n", stored.Errors));
        }
    }

    /// <summary>Runs everything due before <paramref name="local"/> (Amsterdam wall-clock time).</summary>
    public Task RunUntilAsync(LocalDateTime local) => Runtime.RunUntilAsync(Amsterdam.AtStrictly(local).ToDateTimeOffset());

    /// <summary>Runs everything due at the current virtual time, such as what was just raised to an instance.</summary>
    public Task SettleAsync() => Runtime.DrainAsync();

    /// <summary>
    /// Runs what is due now and checks that <paramref name="instanceId"/> has taken in <paramref name="count"/> events
    /// (or ended), so the clock may move on.
    /// </summary>
    public async Task WaitForEventsAsync(string instanceId, int count)
    {
        await Runtime.DrainAsync();
        var instance = await Client.GetInstanceAsync(instanceId);
        if (instance is null || instance.IsCompleted)
        {
            return;
        }

        var history = await Client.GetOrchestrationHistoryAsync(instanceId);
        Assert.True(history.Count(e => e.EventType == EventType.EventRaised) >= count, $"{instanceId} took in fewer than {count} events.");
    }

    public Task<IReadOnlyList<TimelineEvent>> TimelineAsync() => Subsidies.Timeline.ReadAsync("proef");

    public static string Local(DateTimeOffset? at) => at is { } value ? TimelineJson.Local(value, Amsterdam) : "-";

    /// <summary>Every mail and event the outbox holds, in the order sent.</summary>
    public async Task<List<OutboxRecord>> SentAsync() => [.. (await Outbox.ListAsync()).OrderBy(r => r.At).ThenBy(r => r.IdempotencyKey, StringComparer.Ordinal)];

    public string Text(OutboxRecord record) => File.ReadAllText(Outbox.GetPath(record));

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        Anonymous?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Runtime.DisposeAsync();
        await _container.DisposeAsync();
        if (Directory.Exists(Outbox.OutputDirectory))
        {
            Directory.Delete(Outbox.OutputDirectory, recursive: true);
        }
    }
}
