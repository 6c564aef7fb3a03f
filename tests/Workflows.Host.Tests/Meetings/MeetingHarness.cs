using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Workflows.Durable;
using Workflows.Host.Simulation;
using Workflows.Host.Meetings;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// The meeting cycle on the real engine: a task hub of its own on the shared Azurite, a virtual clock moved by the
/// simulator's driver, a pull worker, the gateway and the timeline table.
/// </summary>
internal sealed class MeetingHarness : IAsyncDisposable
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private readonly DurableTaskRegistry _registry;
    private DurableTaskWorker? _worker;

    private MeetingHarness(DurableTaskHub hub, FakeTimeProvider clock, MeetingServices services, OutboxGateway gateway, DurableTaskRegistry registry, string outbox)
    {
        Hub = hub;
        Clock = clock;
        Services = services;
        Gateway = gateway;
        _registry = registry;
        Outbox = outbox;
        Client = hub.CreateClient();
        Driver = new VirtualTimeDriver(hub, clock);
    }

    public DurableTaskHub Hub { get; }

    public FakeTimeProvider Clock { get; }

    public MeetingServices Services { get; }

    public OutboxGateway Gateway { get; }

    public DurableTaskClient Client { get; }

    public VirtualTimeDriver Driver { get; }

    public string Outbox { get; }

    public static PartnershipConfig Config(string? yaml = null)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Configs", "meetings.yaml");
        var result = PartnershipConfigLoader.Parse(yaml ?? System.IO.File.ReadAllText(path), path, new LocalDate(2026, 9, 1));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    }

    public static string ConfigText() => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configs", "meetings.yaml"));

    /// <summary>Starts at 08:00 Amsterdam time on <paramref name="day"/>; nothing runs until a cycle is started.</summary>
    public static async Task<MeetingHarness> StartAsync(AzuriteFixture azurite, IResponseSource responses, LocalDate day, Func<IMessageGateway, IMessageGateway>? wrap = null)
    {
        string hubName = "m" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly(day + new LocalTime(8, 0)).ToDateTimeOffset());
        var hub = await DurableTaskHub.CreateAsync(azurite.ConnectionString, hubName, clock);
        string outbox = Path.Combine(Path.GetTempPath(), hubName);
        var gateway = new OutboxGateway(new OutboxOptions(outbox, new TableServiceClient(azurite.ConnectionString), hubName + "Outbox"), responses, clock);
        var services = new MeetingServices(wrap is null ? gateway : wrap(gateway), new TableServiceClient(azurite.ConnectionString), hubName);
        var registry = MeetingWorkflows.Register(new DurableTaskRegistry(), services);
        var harness = new MeetingHarness(hub, clock, services, gateway, registry, outbox);
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

    /// <summary>Starts every series' cycle the way the API does (the reconciler), planning from today.</summary>
    public Task<ReconcileResult> StartCyclesAsync(PartnershipConfig config) => MeetingCycleReconciler.ReconcileAsync(Client, null, config, Clock);

    /// <summary>Runs the cycles until <paramref name="local"/> (Amsterdam wall-clock time).</summary>
    public Task RunUntilAsync(LocalDateTime local) => Driver.RunUntilAsync(Amsterdam.AtStrictly(local).ToDateTimeOffset());

    /// <summary>
    /// Waits until the cycle has taken in what was just raised to it (a turn committed at the current virtual
    /// time): the driver only knows what cycles wait for, not what is on its way to them.
    /// </summary>
    public async Task SettleAsync(string instanceId = "meeting:proef:beraad")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await Client.GetInstanceAsync(instanceId, cancellation: timeout.Token))!.LastUpdatedAt < Clock.GetUtcNow())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public Task<IReadOnlyList<TimelineEvent>> TimelineAsync() => Services.Timeline.ReadAsync("proef");

    /// <summary>Every message in the outbox, oldest first.</summary>
    public Task<IReadOnlyList<OutboxRecord>> RecordsAsync() => Gateway.ListAsync();

    /// <summary>The invitations (first versions of events) in the outbox.</summary>
    public async Task<List<OutboxRecord>> InvitationsAsync() =>
        [.. (await RecordsAsync()).Where(r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Sent)];

    public async Task<CalendarEventSnapshot> EventAsync(string eventId) => (await Gateway.GetEventAsync(eventId))!;

    public string FileText(OutboxRecord record) => System.IO.File.ReadAllText(Gateway.GetPath(record));

    public static string Local(DateTimeOffset? at) => at is { } value ? TimelineJson.Local(value, Amsterdam) : "-";

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync();
        await Hub.DeleteAsync();
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }
    }
}
