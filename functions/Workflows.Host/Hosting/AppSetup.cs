using Microsoft.DurableTask;
using Workflows.Runtime;

namespace Workflows.Host.Hosting;

/// <summary>What <see cref="WorkflowsApp.Build"/> needs to compose the app for one mode.</summary>
internal sealed record AppSetup(HostingMode Mode)
{
    /// <summary>Kestrel's addresses; empty when the app is only built to read its endpoints (OpenAPI, route tests).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The task hub's name (also the prefix of the platform's tables); null takes it from the settings.</summary>
    public string? TaskHub { get; init; }

    /// <summary>
    /// Makes the runtime the workflows run on from the app's registry and container: the Azure Storage provider for
    /// <c>serve</c>, virtual time for tests; null when the app is only built to read its endpoints.
    /// </summary>
    public Func<WorkflowRuntimeOptions, IWorkflowRuntime>? Runtime { get; init; }

    /// <summary>The app's clock (a virtual one in tests); the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The storage account the platform's own stores use; null only when reading endpoints.</summary>
    public StorageAccount? Storage { get; init; }

    /// <summary>Settings decided at start (generated API key, resolved storage connection), over every other source.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Extra orchestrations and activities next to the platform's own (tests).</summary>
    public Action<DurableTaskRegistry>? AddWorkflows { get; init; }

    /// <summary>Services added after the app's own (tests: a response source for the outbox, a fake clock's consumers).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }
}
