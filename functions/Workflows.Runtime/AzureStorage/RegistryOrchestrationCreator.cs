using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// Gives DTFx a fresh Microsoft.DurableTask orchestrator, wrapped in its shim, for every execution it runs.
/// </summary>
/// <remarks>
/// DTFx looks creators up by name and version (its key is <c>name + "_" + version</c>). The version is empty because
/// the client and the shims schedule orchestrations and activities with an empty version unless told otherwise.
/// Orchestrator classes may keep per-run state in fields, so one is never shared between executions.
/// </remarks>
internal sealed class RegistryOrchestrationCreator : ObjectCreator<TaskOrchestration>
{
    private readonly TaskName _name;
    private readonly Func<IServiceProvider, ITaskOrchestrator> _factory;
    private readonly DurableTaskShimFactory _shims;
    private readonly IServiceProvider _services;

    public RegistryOrchestrationCreator(
        TaskName name,
        Func<IServiceProvider, ITaskOrchestrator> factory,
        DurableTaskShimFactory shims,
        IServiceProvider services)
    {
        _name = name;
        _factory = factory;
        _shims = shims;
        _services = services;
        Name = name.Name;
        Version = string.Empty;
    }

    // Sub-orchestrations would need their parent here; ObjectCreator.Create() has no context to take it from.
    public override TaskOrchestration Create() => _shims.CreateOrchestration(_name, _factory(_services));
}
