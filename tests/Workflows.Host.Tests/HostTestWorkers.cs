using Workflows.Durable;

namespace Workflows.Host.Tests;

/// <summary>
/// Worker settings for tests on a virtual clock: short polls and leases so a test waits milliseconds, not the
/// production defaults' seconds, for the worker to notice work, a released message or a due timer.
/// </summary>
internal static class HostTestWorkers
{
    public static DurableTaskWorkerOptions Options() => new()
    {
        MaxPollingDelay = TimeSpan.FromMilliseconds(50),
        TimerPollInterval = TimeSpan.FromSeconds(1),
        MessageVisibilityTimeout = TimeSpan.FromSeconds(5),
        OutboxLease = TimeSpan.FromSeconds(1),
        SweepInterval = TimeSpan.FromMilliseconds(500),
    };
}
