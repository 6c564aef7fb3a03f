using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Workflows.Runtime;

/// <summary>
/// How a runtime builds what it runs: orchestrators and activities by name from <paramref name="Registry"/>, activities
/// created per call from <paramref name="Services"/>, and every payload written with <see cref="DataConverter"/>.
/// </summary>
public sealed record WorkflowRuntimeOptions(DurableTaskRegistry Registry, IServiceProvider Services)
{
    /// <summary>Inputs, outputs, events and custom status; the hosts pass the workflows' own converter.</summary>
    public DataConverter DataConverter { get; init; } = JsonDataConverter.Default;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Options of the Microsoft.DurableTask shims (timer splitting, versioning); its converter is <see cref="DataConverter"/>.</summary>
    public DurableTaskWorkerOptions WorkerOptions { get; init; } = new();
}
