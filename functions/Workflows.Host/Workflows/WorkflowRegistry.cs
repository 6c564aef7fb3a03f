using Workflows.Durable;

// Namespace Workflows.Host, not Workflows.Host.Workflows: a namespace named Workflows inside the project
// would hide the top-level Workflows.* namespaces from every file in it.
namespace Workflows.Host;

/// <summary>
/// The one place where the platform's orchestrations and activities are registered with the engine. The
/// Functions custom handler and <c>serve</c> both build their worker from it, so a workflow added here runs in
/// both. Empty until the meeting, subsidy and review workflows land.
/// </summary>
internal static class WorkflowRegistry
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry;
    }
}
