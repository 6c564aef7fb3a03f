using Azure.Core.Pipeline;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// The one place that says how a task hub runs on the Azure Storage provider: <c>serve</c>, the tests on a real
/// store, the benchmark and (through host.json, checked by a test) the Functions app all take their settings here.
/// </summary>
/// <remarks>
/// Tuned for hubs like a partnership's: a few dozen eternal orchestrations that wait weeks on timers and wake for a
/// coordinator's click. What the provider measurably allows is in DESIGN.md ("Durable Functions facts"); the
/// choices, with what each trades away:
/// <list type="bullet">
/// <item>One partition: a partnership never needs more than one worker, and every partition costs a lease row
/// written on every renewal and a control queue polled on every interval.</item>
/// <item>Extended sessions: an instance that is woken again soon keeps its history in memory (fewer history reads).</item>
/// <item>Queue polls back off to <see cref="TunedMaxQueuePollingInterval"/>: a click is taken in within about that
/// time after a quiet spell. Longer would save requests and make a coordinator wait; that is not bought here.</item>
/// <item>No app lease and long partition leases: fewer writes while idle, at the price of a slower fail-over
/// (up to <see cref="TunedLeaseInterval"/>) and of the guard that keeps two app versions from sharing a hub.</item>
/// </list>
/// Measured with tests/Workflows.Runtime.Benchmarks (Azurite, 2-core machine, 2026-12-02; results in the README):
/// tuned runs chains about 2× faster than the defaults at about 0.7× the storage requests per activity, which is
/// then at the provider's floor (about 8.5 per chained activity: three work-item queue operations, three control
/// queue operations, a history batch, an instance-row update; history is no longer re-read). An idle tuned hub
/// costs about 1,560 requests an hour (default: 2,550): 1,440 of them are the two queues (one control queue, the
/// work-item queue) polled every <see cref="TunedMaxQueuePollingInterval"/>, the rest the partition table read and
/// written every <see cref="TunedLeaseAcquireInterval"/>. Polling every 60 s would bring that to about 240, but a
/// click would then wait up to a minute (DESIGN.md: median ≈1.4 s at 5 s, ≈40 s at 60 s), so 5 s stays: going
/// lower needs a way to wake the worker when the platform itself sends work, not a longer wait.
/// <para>
/// The Functions app says the same in host.json (<c>extensions.durableTask</c>: <c>hubName</c>,
/// <c>extendedSessionsEnabled</c>, <c>extendedSessionIdleTimeoutInSeconds</c>, <c>useAppLease</c>,
/// <c>storageProvider.partitionCount</c>, <c>storageProvider.maxQueuePollingInterval</c>,
/// <c>storageProvider.useTablePartitionManagement</c>; HostJsonTests fails when they differ), except the partition
/// lease timings: the Durable Task extension (Microsoft.Azure.WebJobs.Extensions.DurableTask 3.x) has no host.json
/// setting for <see cref="TunedLeaseInterval"/>, <see cref="TunedLeaseAcquireInterval"/> or
/// <see cref="TunedLeaseRenewInterval"/>, so in Azure they stay at the provider's defaults (30 s, 10 s, 10 s): a
/// faster fail-over there, and the partition table read and written every 10 s instead of every minute.
/// </para>
/// </remarks>
public static class TaskHubSettings
{
    /// <summary>How long an idle worker waits at most between two polls of a queue when tuned.</summary>
    public static readonly TimeSpan TunedMaxQueuePollingInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long a partition lease holds without renewal when tuned (the fail-over time).</summary>
    public static readonly TimeSpan TunedLeaseInterval = TimeSpan.FromMinutes(2);

    /// <summary>How often a worker tries to take a partition whose lease ran out when tuned.</summary>
    public static readonly TimeSpan TunedLeaseAcquireInterval = TimeSpan.FromMinutes(1);

    /// <summary>How often the holder renews its lease when tuned (well inside <see cref="TunedLeaseInterval"/>).</summary>
    public static readonly TimeSpan TunedLeaseRenewInterval = TimeSpan.FromSeconds(30);

    public const int TunedPartitionCount = 1;

    /// <summary>
    /// Settings for <paramref name="taskHub"/> on <paramref name="account"/>. <paramref name="perRequest"/>, when
    /// given, is added to every storage client the provider creates (the benchmark counts requests with it).
    /// </summary>
    public static AzureStorageOrchestrationServiceSettings Create(
        StorageAccount account,
        string taskHub,
        TaskHubTuning tuning,
        ILoggerFactory loggerFactory,
        HttpPipelinePolicy? perRequest = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskHub);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = account.ToClientProvider(perRequest),
            LoggerFactory = loggerFactory,
        };
        if (tuning == TaskHubTuning.Tuned)
        {
            settings.PartitionCount = TunedPartitionCount;
            settings.ExtendedSessionsEnabled = true;
            settings.MaxQueuePollingInterval = TunedMaxQueuePollingInterval;
            settings.UseAppLease = false;
            settings.LeaseInterval = TunedLeaseInterval;
            settings.LeaseAcquireInterval = TunedLeaseAcquireInterval;
            settings.LeaseRenewInterval = TunedLeaseRenewInterval;
        }

        return settings;
    }
}
