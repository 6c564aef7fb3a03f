using Workflows.Orchestrations.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime;
using Workflows.Host.Hosting;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Messaging;

namespace Workflows.Host.Dashboard;

/// <summary>
/// The stores the tabs read, under the names the workflows write them (<c>{hub}Timeline</c>, <c>{hub}Attendance</c>,
/// <c>{hub}ReviewOutcomes</c>), made once per app: a store made per request would pay its CreateIfNotExists round
/// trip on every page view.
/// </summary>
internal sealed class DashboardStores(IServiceProvider services)
{
    private readonly Lazy<ReviewServices> _reviews = new(() => new ReviewServices(
        services.GetRequiredService<IMessageGateway>(),
        services.GetRequiredService<StorageAccount>().CreateTableServiceClient(),
        services.GetRequiredService<WorkflowsHosting>().TaskHub));

    private readonly Lazy<AttendanceStore> _attendance = new(() => AttendanceStore.For(
        services.GetRequiredService<StorageAccount>().CreateTableServiceClient(),
        services.GetRequiredService<WorkflowsHosting>().TaskHub));

    private readonly Lazy<Workflows.Orchestrations.Minutes.MinutesStore> _minutes = new(() => Workflows.Orchestrations.Minutes.MinutesStore.For(
        services.GetRequiredService<StorageAccount>().CreateTableServiceClient(),
        services.GetRequiredService<WorkflowsHosting>().TaskHub));

    public TimelineStore Timeline => _reviews.Value.Timeline;

    /// <summary>The verslagen and their action items.</summary>
    public Workflows.Orchestrations.Minutes.MinutesStore Minutes => _minutes.Value;

    public AttendanceStore Attendance => _attendance.Value;

    /// <summary>The bestuur talks' outcomes (and the same timeline).</summary>
    public ReviewServices Reviews => _reviews.Value;
}
