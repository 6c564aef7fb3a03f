using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Runtime.VirtualTime;

namespace Workflows.Runtime.Tests.VirtualTime;

/// <summary>A started virtual-time runtime over the sample workflows, with a hang guard for every wait.</summary>
public sealed class Harness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(3));
    private readonly ServiceProvider _services;

    private Harness(int activityDeliveries)
    {
        Clock = new FakeTimeProvider(Start);
        Log = new CallLog(Clock);
        _services = new ServiceCollection().AddSingleton(Log).AddSingleton<TimeProvider>(Clock).BuildServiceProvider();
        Options = new WorkflowRuntimeOptions(Samples.Registry(), _services);
        Runtime = new VirtualTimeRuntime("VirtualTests", Clock, Options) { ActivityDeliveries = activityDeliveries };
    }

    public FakeTimeProvider Clock { get; }

    public CallLog Log { get; }

    public WorkflowRuntimeOptions Options { get; }

    public VirtualTimeRuntime Runtime { get; }

    public DurableTaskClient Client => Runtime.Client;

    /// <summary>Hang guard only: no test depends on how long anything takes.</summary>
    public CancellationToken Token => _guard.Token;

    public static async Task<Harness> StartAsync(int activityDeliveries = 1, bool start = true)
    {
        var harness = new Harness(activityDeliveries);
        if (start)
        {
            await harness.Runtime.StartAsync(harness.Token);
        }

        return harness;
    }

    public Task DrainAsync() => Runtime.DrainAsync(Token);

    public Task RunUntilAsync(DateTimeOffset end) => Runtime.RunUntilAsync(end, cancellationToken: Token);

    public async Task<OrchestrationMetadata> InstanceAsync(string id)
        => await Client.GetInstanceAsync(id, getInputsAndOutputs: true, Token) ?? throw new InvalidOperationException($"No instance {id}.");

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await _services.DisposeAsync();
        _guard.Dispose();
    }
}
