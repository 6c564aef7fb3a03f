using Microsoft.Extensions.Time.Testing;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>A task hub of its own (unique name) on the shared Azurite, with a pull worker tuned for tests.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly List<DurableTaskWorker> _workers = [];

    private EngineHarness(DurableTaskHub hub, DurableTaskRegistry registry)
    {
        Hub = hub;
        Registry = registry;
        Client = hub.CreateClient();
    }

    public DurableTaskHub Hub { get; }

    public DurableTaskRegistry Registry { get; }

    public DurableTaskClient Client { get; }

    public static async Task<EngineHarness> StartAsync(AzuriteFixture azurite, Action<DurableTaskRegistry> register, TimeProvider? clock = null, Action<DurableTaskWorkerOptions>? configure = null, bool startWorker = true)
    {
        var hub = await DurableTaskHub.CreateAsync(azurite.ConnectionString, UniqueHubName(), clock);
        var registry = new DurableTaskRegistry();
        register(registry);
        var harness = new EngineHarness(hub, registry);
        if (startWorker)
        {
            await harness.StartWorkerAsync(configure);
        }

        return harness;
    }

    public static string UniqueHubName() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static DurableTaskWorkerOptions FastOptions(Action<DurableTaskWorkerOptions>? configure = null)
    {
        var options = new DurableTaskWorkerOptions
        {
            MaxPollingDelay = TimeSpan.FromMilliseconds(100),
            TimerPollInterval = TimeSpan.FromSeconds(1),
            MessageVisibilityTimeout = TimeSpan.FromSeconds(5),
            OutboxLease = TimeSpan.FromSeconds(1),
            SweepInterval = TimeSpan.FromMilliseconds(500),
            SessionIdleTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    public async Task<DurableTaskWorker> StartWorkerAsync(Action<DurableTaskWorkerOptions>? configure = null)
    {
        var worker = Hub.CreateWorker(Registry, FastOptions(configure));
        await worker.StartAsync(CancellationToken.None);
        _workers.Add(worker);
        return worker;
    }

    public async Task<OrchestrationMetadata> RunAsync(TaskName name, object? input = null, string? instanceId = null, TimeSpan? timeout = null)
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions(instanceId));
        return await WaitAsync(id, timeout);
    }

    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cts.Token);
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the instance (for states short of completion).</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cts.Token);
            if (metadata is not null && condition(metadata))
            {
                return metadata;
            }

            await Task.Delay(20, cts.Token);
        }
    }

    /// <summary>Waits until the instance's recorded history satisfies <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> WaitForHistoryAsync(string instanceId, Func<IReadOnlyList<HistoryEntry>, bool> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var history = await Client.GetInstanceHistoryAsync(instanceId, cts.Token);
            if (condition(history))
            {
                return history;
            }

            await Task.Delay(20, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await Hub.DeleteAsync();
    }

    public static FakeTimeProvider FakeClock() => new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
}
