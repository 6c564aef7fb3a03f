using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Workflows.Runtime.AzureStorage;

/// <summary>Gives DTFx a fresh Microsoft.DurableTask activity, wrapped in its shim, for every call.</summary>
/// <remarks>Name and version as <see cref="RegistryOrchestrationCreator"/>.</remarks>
internal sealed class RegistryActivityCreator : ObjectCreator<TaskActivity>
{
    private readonly TaskName _name;
    private readonly Func<IServiceProvider, ITaskActivity> _factory;
    private readonly DurableTaskShimFactory _shims;
    private readonly IServiceProvider _services;

    public RegistryActivityCreator(
        TaskName name,
        Func<IServiceProvider, ITaskActivity> factory,
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

    public override TaskActivity Create() => _shims.CreateActivity(_name, _factory(_services));
}
