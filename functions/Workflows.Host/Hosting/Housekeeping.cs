using Microsoft.Extensions.Logging;
using Workflows.Durable;

namespace Workflows.Host.Hosting;

/// <summary>
/// What the minute timer does, under the Functions host (timer trigger) and in <c>serve</c> alike: hand due
/// durable timers to their instances and relay outbox rows a dead worker left behind. Both are idempotent, so
/// a tick that overlaps the pull-mode timer pump only costs a query.
/// </summary>
internal sealed class Housekeeping(DurableTaskWorker worker, ILogger<Housekeeping> logger)
{
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        int fired = await worker.FireDueTimersAsync(cancellationToken).ConfigureAwait(false);
        int swept = await worker.SweepOutboxAsync(cancellationToken).ConfigureAwait(false);
        Log.HousekeepingDone(logger, fired, swept);
        return new HousekeepingResult(fired, swept);
    }
}

internal sealed record HousekeepingResult(int TimersFired, int OutboxRowsRelayed);
