using DurableTask.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>The provider settings that move throughput and idle cost, as the run used them.</summary>
internal sealed record TuningSummary(
    int PartitionCount,
    bool ExtendedSessionsEnabled,
    double MaxQueuePollingIntervalSeconds,
    bool UseAppLease,
    bool UseTablePartitionManagement,
    double LeaseIntervalSeconds,
    double LeaseRenewIntervalSeconds,
    double LeaseAcquireIntervalSeconds,
    int MaxConcurrentTaskOrchestrationWorkItems,
    int MaxConcurrentTaskActivityWorkItems)
{
    public static TuningSummary Of(AzureStorageOrchestrationServiceSettings s) => new(
        s.PartitionCount,
        s.ExtendedSessionsEnabled,
        s.MaxQueuePollingInterval.TotalSeconds,
        s.UseAppLease,
        s.UseTablePartitionManagement,
        s.LeaseInterval.TotalSeconds,
        s.LeaseRenewInterval.TotalSeconds,
        s.LeaseAcquireInterval.TotalSeconds,
        s.MaxConcurrentTaskOrchestrationWorkItems,
        s.MaxConcurrentTaskActivityWorkItems);
}
