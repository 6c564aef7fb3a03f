using DurableTask.Core;
using Microsoft.DurableTask;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// Gives DTFx a fresh object for every execution or call: a Microsoft.DurableTask orchestrator or activity from the
/// registry, wrapped in its shim (<c>DurableTaskShimFactory</c>).
/// </summary>
/// <remarks>
/// DTFx looks creators up by name and version (its key is <c>name + "_" + version</c>). The version is empty because
/// the client and the shims schedule orchestrations and activities with an empty version unless told otherwise.
/// Orchestrator classes may keep per-run state in fields, so one is never shared between executions. Sub-orchestrations
/// would need their parent here; <see cref="ObjectCreator{T}.Create"/> has no context to take it from.
/// </remarks>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public ShimCreator(TaskName name, Func<T> create)
    {
        _create = create;
        Name = name.Name;
        Version = string.Empty;
    }

    public override T Create() => _create();
}
