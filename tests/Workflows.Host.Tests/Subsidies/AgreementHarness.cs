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
using Workflows.Durable;
using Workflows.Host.Api;
using Workflows.Host.Api.Links;
using Workflows.Host.Simulation;
using Workflows.Host.Meetings;
using Workflows.Host.Reviews;
using Workflows.Host.Subsidies;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

/// <summary>
/// Subsidy rounds and bestuur talks on the real engine: a task hub of its own on the shared Azurite, a virtual clock
/// moved by the simulator's driver, a pull worker, the outbox gateway writing real files, real signed links, and
/// (when asked) the HTTP API on Kestrel on the same hub and clock.
/// </summary>
internal sealed class AgreementHarness : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789abcdef";
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!"));

    private readonly DurableTaskRegistry _registry;
    private DurableTaskWorker? _worker;
    private WebApplication? _app;

    private AgreementHarness(DurableTaskHub hub, FakeTimeProvider clock, OutboxGateway outbox, SubsidyServices subsidies, ReviewServices reviews, string hubName)
    {
        Hub = hub;
        Clock = clock;
        Outbox = outbox;
        Subsidies = subsidies;
        Reviews = reviews;
        HubName = hubName;
        _registry = ReviewWorkflows.Register(SubsidyWorkflows.Register(new DurableTaskRegistry(), subsidies), reviews);
        Client = hub.CreateClient();
        Driver = new VirtualTimeDriver(hub, clock);
    }

    public DurableTaskHub Hub { get; }

    public string HubName { get; }

    public FakeTimeProvider Clock { get; }

    public OutboxGateway Outbox { get; }

    public SubsidyServices Subsidies { get; }

    public ReviewServices Reviews { get; }

    public DurableTaskClient Client { get; }

    public VirtualTimeDriver Driver { get; }

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
        new(new LinkSigningKey(Microsoft.Extensions.Options.Options.Create(new WorkflowsApiOptions { LinkSigningKey = SigningKey }), NullLogger<LinkSigningKey>.Instance), clock, new Uri("https://proef.example/"));

    /// <summary>Starts at 08:00 Amsterdam time on <paramref name="day"/>; nothing runs until a workflow is started.</summary>
    public static async Task<AgreementHarness> StartAsync(AzuriteFixture azurite, LocalDate day, IResponseSource? responses = null, string? hubName = null, Func<Workflows.Messaging.IMessageGateway, Workflows.Messaging.IMessageGateway>? wrap = null)
    {
        hubName ??= "g" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly(day + new LocalTime(8, 0)).ToDateTimeOffset());
        var hub = await DurableTaskHub.CreateAsync(azurite.ConnectionString, hubName, clock);
        var tables = new TableServiceClient(azurite.ConnectionString);
        var outbox = new OutboxGateway(new OutboxOptions(Path.Combine(Path.GetTempPath(), hubName), tables, hubName + "Outbox"), responses, clock);
        var gateway = wrap is null ? outbox : wrap(outbox);
        var subsidies = new SubsidyServices(gateway, Links(clock), tables, hubName);
        var reviews = new ReviewServices(gateway, tables, hubName);
        var harness = new AgreementHarness(hub, clock, outbox, subsidies, reviews, hubName);
        await harness.StartWorkerAsync();
        return harness;
    }

    public async Task StartWorkerAsync()
    {
        _worker = Hub.CreateWorker(_registry, HostTestWorkers.Options());
        await _worker.StartAsync(CancellationToken.None);
    }

    public async Task StopWorkerAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
            _worker = null;
        }
    }

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
        builder.Services.AddSingleton(Hub.CreateClient());
        builder.Services.AddSingleton<global::Workflows.Host.Api.Config.IConfigChangeListener, global::Workflows.Host.Api.Subsidies.AgreementsConfigListener>();
        builder.Services.AddWorkflowsApi(builder.Configuration);
        _app = builder.Build();
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
    public Task RunUntilAsync(LocalDateTime local) => Driver.RunUntilAsync(Amsterdam.AtStrictly(local).ToDateTimeOffset());

    /// <summary>Waits until <paramref name="instanceId"/> has taken in <paramref name="count"/> events (or ended), so the clock may move on.</summary>
    public async Task WaitForEventsAsync(string instanceId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var instance = await Client.GetInstanceAsync(instanceId, cancellation: timeout.Token);
            var history = await Client.GetInstanceHistoryAsync(instanceId, timeout.Token);
            if (instance is null || instance.IsCompleted || history.Count(e => e.EventType == "EventRaised") >= count)
            {
                return;
            }

            await Task.Delay(10, timeout.Token);
        }
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

        await StopWorkerAsync();
        await Hub.DeleteAsync();
        if (Directory.Exists(Outbox.OutputDirectory))
        {
            Directory.Delete(Outbox.OutputDirectory, recursive: true);
        }
    }
}
