using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Durable;
using Workflows.Host.Hosting;
using Workflows.Host.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The stores the Overview tab reads, found the way the workflows find them.</summary>
internal static class OverviewServices
{
    // One store per app (keyed on the app's singleton hosting settings): a store made per request would pay its
    // CreateIfNotExists round trip on every page view. The weak table lets a disposed test host's store go with it.
    private static readonly ConditionalWeakTable<WorkflowsHosting, TimelineStore> Stores = new();

    /// <summary>
    /// The timeline the meeting cycles write: the table <c>{hub}Timeline</c> of the app's storage account, as
    /// <see cref="WorkflowRegistry"/> hands it to <see cref="MeetingServices"/>.
    /// </summary>
    public static TimelineStore Timeline(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hosting = services.GetRequiredService<WorkflowsHosting>();
        return Stores.GetValue(hosting, h =>
        {
            var tables = services.GetRequiredService<StorageAccount>().CreateTableServiceClient();
            return new TimelineStore(tables.GetTableClient(h.TaskHub + "Timeline"));
        });
    }
}
