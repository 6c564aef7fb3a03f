namespace Workflows.Durable;

/// <summary>Tuning of a worker. Defaults suit Azure Storage; tests shorten the leases and timeouts.</summary>
public sealed class DurableTaskWorkerOptions
{
    /// <summary>Pull mode runs activities a turn schedules in this process instead of a queue round trip.</summary>
    public bool RunActivitiesLocally { get; set; } = true;

    public int MaxConcurrentActivities { get; set; } = 64;

    public int MaxConcurrentTurns { get; set; } = 64;

    /// <summary>Queue messages taken but not yet committed, across all instances (back-pressure).</summary>
    public int MaxInFlightMessages { get; set; } = 512;

    /// <summary>How long a received message stays invisible to other workers while it is processed.</summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deliveries of one message before it is treated as poison (as the Functions host's maxDequeueCount).</summary>
    public int MaxDequeueCount { get; set; } = 5;

    public TimeSpan MinPollingDelay { get; set; } = TimeSpan.FromMilliseconds(25);

    public TimeSpan MaxPollingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between looks at the timer index (timers armed by other workers are seen this late).</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An outbox row older than this is presumed orphaned by a dead worker and relayed again.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an idle instance keeps its cached history in memory.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Test hook: called at each checkpoint step; throwing simulates a crash at that step.</summary>
    internal Func<Worker.CheckpointStep, string, ValueTask>? FaultInjector { get; set; }
}
