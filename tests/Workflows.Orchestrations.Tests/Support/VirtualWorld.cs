using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Time.Testing;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations.Timeline;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>
/// The workflows on the virtual-time runtime (DTFx's replay code, a virtual clock) over <see cref="WorkflowServices"/>,
/// under a hub and table prefix of its own. Recording tests take the history of an instance at the moment one of its
/// activities starts (<see cref="CaptureAt"/>): a meeting cycle continues as new right after its last step, and the
/// client only shows the current execution.
/// </summary>
internal sealed class VirtualWorld : IAsyncDisposable
{
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(4));
    private readonly Dictionary<string, IList<HistoryEvent>> _captured = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _captureAt = new(StringComparer.Ordinal);

    private VirtualWorld(AzuriteFixture azurite, DateTimeOffset start, IResponseSource responses, Func<DurableTaskRegistry>? registry)
    {
        Hub = "v" + Guid.NewGuid().ToString("N")[..12];
        Clock = new FakeTimeProvider(start);
        Services = new WorkflowServices(azurite.ConnectionString, Hub, responses, Clock);
        var production = registry ?? (() => Registries.With((name, factory) =>
            sp => new ObservedActivity(factory(sp), context => CaptureAsync(name, context.InstanceId))));
        Options = new WorkflowRuntimeOptions(production(), Services.Container) { DataConverter = WorkflowJson.Converter };
        Runtime = new VirtualTimeRuntime(Hub, Clock, Options);
    }

    public string Hub { get; }

    public FakeTimeProvider Clock { get; }

    public WorkflowServices Services { get; }

    public WorkflowRuntimeOptions Options { get; }

    public VirtualTimeRuntime Runtime { get; }

    public DurableTaskClient Client => Runtime.Client;

    /// <summary>Hang guard only.</summary>
    public CancellationToken Token => _guard.Token;

    /// <param name="registry">The registry to run; by default production's, with every activity observable for <see cref="CaptureAt"/>.</param>
    public static async Task<VirtualWorld> StartAsync(AzuriteFixture azurite, DateTimeOffset start, IResponseSource responses, Func<DurableTaskRegistry>? registry = null)
    {
        var world = new VirtualWorld(azurite, start, responses, registry);
        await world.Runtime.StartAsync(world.Token);
        return world;
    }

    /// <summary>Keeps, under <paramref name="key"/>, the history of the first execution that starts <paramref name="activity"/>.</summary>
    public void CaptureAt(string activity, string key) => _captureAt[activity] = key;

    /// <summary>What <see cref="CaptureAt"/> kept under <paramref name="key"/>.</summary>
    public IList<HistoryEvent> Captured(string key)
    {
        lock (_captured)
        {
            Assert.True(_captured.TryGetValue(key, out var history), $"Nothing was captured as {key}.");
            return history!;
        }
    }

    public Task RunUntilAsync(DateTimeOffset end) => Runtime.RunUntilAsync(end, cancellationToken: Token);

    public Task DrainAsync() => Runtime.DrainAsync(Token);

    public Task<IList<HistoryEvent>> HistoryAsync(string instanceId) => Client.GetOrchestrationHistoryAsync(instanceId, Token);

    public Task<IReadOnlyList<TimelineEvent>> TimelineAsync() => Services.TimelineAsync(Token);

    private async Task CaptureAsync(string activity, string instanceId)
    {
        if (!_captureAt.TryGetValue(activity, out string? key))
        {
            return;
        }

        lock (_captured)
        {
            if (_captured.ContainsKey(key))
            {
                return;
            }
        }

        // The turn that scheduled this activity is committed before the activity runs, so its history ends with it.
        var history = await Client.GetOrchestrationHistoryAsync(instanceId, Token);
        lock (_captured)
        {
            _captured.TryAdd(key, history);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await Services.DisposeAsync();
        _guard.Dispose();
    }
}
