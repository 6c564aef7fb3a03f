using Microsoft.Extensions.DependencyInjection;
using Workflows.Durable;
using Workflows.Host.Hosting;
using Workflows.Host.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The stores the Overview tab reads, found the way the workflows find them.</summary>
internal static class OverviewServices
{
    /// <summary>
    /// The timeline the meeting cycles write: the table <c>{hub}Timeline</c> of the app's storage account, as
    /// <see cref="WorkflowRegistry"/> hands it to <see cref="MeetingServices"/>.
    /// </summary>
    public static TimelineStore Timeline(IServiceProvider services)
    {
        string hub = services.GetRequiredService<WorkflowsHosting>().TaskHub;
        var tables = services.GetRequiredService<StorageAccount>().CreateTableServiceClient();
        return new TimelineStore(tables.GetTableClient(hub + "Timeline"));
    }
}
