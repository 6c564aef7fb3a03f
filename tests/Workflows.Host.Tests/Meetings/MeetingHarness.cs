using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Timeline;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Host.Simulation;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Links;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// The meeting cycle on the virtual-time runtime (DTFx's replay code, a virtual clock), with the real outbox gateway
/// and the timeline and attendance tables in the shared Azurite, under a hub name of its own.
/// </summary>
internal sealed class MeetingHarness : IAsyncDisposable
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private readonly ServiceProvider _container;

    private MeetingHarness(VirtualTimeRuntime runtime, ServiceProvider container, MeetingServices services, OutboxGateway gateway, string outbox)
    {
        Runtime = runtime;
        _container = container;
        Services = services;
        Gateway = gateway;
        Outbox = outbox;
    }

    public VirtualTimeRuntime Runtime { get; }

    public FakeTimeProvider Clock => Runtime.Clock;

    public MeetingServices Services { get; }

    public OutboxGateway Gateway { get; }

    public DurableTaskClient Client => Runtime.Client;

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
    /// <param name="activityDeliveries">How often each activity runs (2 or more: at-least-once delivery, as the Azure Storage provider may do).</param>
    public static async Task<MeetingHarness> StartAsync(AzuriteFixture azurite, IResponseSource responses, LocalDate day, Func<IMessageGateway, IMessageGateway>? wrap = null, int activityDeliveries = 1)
    {
        string hubName = "m" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly(day + new LocalTime(8, 0)).ToDateTimeOffset());
        string outbox = Path.Combine(Path.GetTempPath(), hubName);
        var gateway = new OutboxGateway(new OutboxOptions(outbox, new TableServiceClient(azurite.ConnectionString), hubName + "Outbox"), responses, clock);
        // Links as the host signs them: the at-risk mail (quorum.onMissing ask, the default) carries the coordinators' choice.
        var links = new ActionLinks(System.Text.Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!"), clock, new Uri("https://proef.example/app"));
        var services = new MeetingServices(wrap is null ? gateway : wrap(gateway), new TableServiceClient(azurite.ConnectionString), hubName) { Links = links };
        var container = new ServiceCollection().AddSingleton(services).BuildServiceProvider();
        var options = new WorkflowRuntimeOptions(MeetingWorkflows.Register(new DurableTaskRegistry()), container) { DataConverter = WorkflowJson.Converter };
        var harness = new MeetingHarness(new VirtualTimeRuntime(hubName, clock, options) { ActivityDeliveries = activityDeliveries }, container, services, gateway, outbox);
        await harness.StartWorkerAsync();
        return harness;
    }

    public Task StartWorkerAsync() => Runtime.StartAsync(CancellationToken.None);

    public Task StopWorkerAsync() => Runtime.StopAsync(CancellationToken.None);

    /// <summary>Starts every series' cycle the way the API does (the reconciler), planning from today.</summary>
    public Task<ReconcileResult> StartCyclesAsync(PartnershipConfig config) => MeetingCycleReconciler.ReconcileAsync(Client, null, config, Clock);

    /// <summary>Runs the cycles until <paramref name="local"/> (Amsterdam wall-clock time).</summary>
    public Task RunUntilAsync(LocalDateTime local) => Runtime.RunUntilAsync(Amsterdam.AtStrictly(local).ToDateTimeOffset());

    /// <summary>Runs everything due at the current virtual time, such as what was just raised to a cycle.</summary>
    public Task SettleAsync() => Runtime.DrainAsync();

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
        await Runtime.DisposeAsync();
        await _container.DisposeAsync();
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }
    }
}
