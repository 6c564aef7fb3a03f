using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Durable;
using Workflows.Host.Hosting;
using Workflows.Host.Api.Links;
using Workflows.Host.Meetings;
using Workflows.Host.Reviews;
using Workflows.Host.Subsidies;
using Workflows.Messaging;

// Namespace Workflows.Host, not Workflows.Host.Workflows: a namespace named Workflows inside the project
// would hide the top-level Workflows.* namespaces from every file in it.
namespace Workflows.Host;

/// <summary>
/// The one place where the platform's orchestrations and activities are registered with the engine. The
/// Functions custom handler and <c>serve</c> both build their worker from it, so a workflow added here runs in
/// both. Activities get their services (message gateway, storage) from the app's container.
/// </summary>
internal static class WorkflowRegistry
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        string hub = services.GetRequiredService<WorkflowsHosting>().TaskHub;
        var gateway = services.GetRequiredService<IMessageGateway>();
        var tables = services.GetRequiredService<StorageAccount>().CreateTableServiceClient();
        MeetingWorkflows.Register(registry, new MeetingServices(gateway, tables, hub) { LoggerFactory = services.GetRequiredService<ILoggerFactory>() });
        SubsidyWorkflows.Register(registry, new SubsidyServices(gateway, services.GetRequiredService<ActionLinks>(), tables, hub));
        ReviewWorkflows.Register(registry, new ReviewServices(gateway, tables, hub));
        return registry;
    }
}
