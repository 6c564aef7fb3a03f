using Workflows.Durable;

namespace Workflows.Host.Hosting;

/// <summary>What <see cref="WorkflowsApp.Build"/> needs to compose the app for one mode.</summary>
internal sealed record AppSetup(HostingMode Mode)
{
    /// <summary>Kestrel's addresses; empty when the app is only built to read its endpoints (functions-json).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The connected task hub; null only when the app is built to read its endpoints.</summary>
    public DurableTaskHub? Hub { get; init; }

    /// <summary>The storage account the hub and every other store of the app use; null only when reading endpoints.</summary>
    public StorageAccount? Storage { get; init; }

    /// <summary>Settings decided at start (generated API key, resolved storage connection), over every other source.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Extra orchestrations and activities next to <see cref="WorkflowRegistry"/> (tests).</summary>
    public Action<DurableTaskRegistry>? AddWorkflows { get; init; }

    public DurableTaskWorkerOptions WorkerOptions { get; init; } = new();

    /// <summary>Services added after the app's own (tests: a response source for the outbox, a fake clock's consumers).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }
}
