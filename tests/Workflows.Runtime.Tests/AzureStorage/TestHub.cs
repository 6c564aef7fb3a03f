using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Runtime.AzureStorage;
using Workflows.Testing;
using Xunit.Abstractions;

namespace Workflows.Runtime.Tests.AzureStorage;

/// <summary>A started runtime on a task hub of its own in the shared Azurite, deleted again on dispose.</summary>
internal sealed class TestHub : IAsyncDisposable
{
    /// <summary>Hang guard only: nothing here should take more than a few seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>
    /// camelCase instead of Microsoft.DurableTask's PascalCase default: if the client or a shim wrote with
    /// another converter than the one given, records would come back empty.
    /// </summary>
    public static readonly DataConverter Converter =
        new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private readonly CancellationTokenSource _timeout = new(Patience);
    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggers;

    private TestHub(AzuriteFixture azurite, ITestOutputHelper? output)
    {
        Name = "t" + Guid.NewGuid().ToString("N")[..12];
        ConnectionString = azurite.ConnectionString;
        _services = new ServiceCollection().BuildServiceProvider();
        _loggers = LoggerFactory.Create(b =>
        {
            b.SetMinimumLevel(LogLevel.Warning);
            if (output is not null)
            {
                b.AddProvider(new TestOutputLoggerProvider(output));
            }
        });

        var registry = new DurableTaskRegistry();
        registry.AddActivity<Append>()
            .AddActivity<Boom>()
            .AddOrchestrator<Explode>()
            .AddOrchestrator<Chain>()
            .AddOrchestrator<Sleep>()
            .AddOrchestrator<AwaitApproval>()
            .AddOrchestrator<CountUp>();

        var settings = TaskHubSettings.Create(
            StorageAccount.FromConnectionString(azurite.ConnectionString), Name, TaskHubTuning.Tuned, _loggers);

        // An idle test worker must notice new work quickly.
        settings.MaxQueuePollingInterval = TimeSpan.FromSeconds(1);
        Runtime = new AzureStorageRuntime(settings, new WorkflowRuntimeOptions(registry, _services)
        {
            DataConverter = Converter,
            LoggerFactory = _loggers,
        });
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public AzureStorageRuntime Runtime { get; }

    public DurableTaskClient Client => Runtime.Client;

    public CancellationToken Timeout => _timeout.Token;

    public static async Task<TestHub> StartAsync(AzuriteFixture azurite, ITestOutputHelper? output = null)
    {
        var hub = new TestHub(azurite, output);
        await hub.Runtime.StartAsync(hub.Timeout);
        return hub;
    }

    public async Task<OrchestrationMetadata> RunAsync(TaskName orchestrator, object? input, string? instanceId = null)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            orchestrator, input, new StartOrchestrationOptions(instanceId), Timeout);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Timeout);
    }

    /// <summary>Starts an instance and waits until it runs, so events raised to it are not lost.</summary>
    public async Task<string> StartRunningAsync(TaskName orchestrator, object? input, string? instanceId = null)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            orchestrator, input, new StartOrchestrationOptions(instanceId), Timeout);
        var started = await Client.WaitForInstanceStartAsync(id, Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Running, started.RuntimeStatus);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Runtime.DeleteAsync(CancellationToken.None);
        }
        finally
        {
            await Runtime.DisposeAsync();
            await _services.DisposeAsync();
            _loggers.Dispose();
            _timeout.Dispose();
        }
    }
}
