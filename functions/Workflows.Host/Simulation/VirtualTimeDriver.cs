using Microsoft.Extensions.Time.Testing;
using Workflows.Durable;
using Workflows.Host.Meetings;

namespace Workflows.Host.Simulation;

/// <summary>
/// Moves a virtual clock from timer to timer: it lets the worker drain (every cycle waits for a time still ahead,
/// as its custom status says), then jumps to the earliest of those times and the hub's next durable timer.
/// </summary>
internal sealed class VirtualTimeDriver(DurableTaskHub hub, FakeTimeProvider clock)
{
    // A cycle that stays busy this long (real time) without any instance changing is presumed to wait for a
    // timer it did not announce (an activity retry): the clock moves on to the next durable timer anyway.
    private static readonly TimeSpan StallPatience = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MaxStall = TimeSpan.FromSeconds(30);

    private readonly DurableTaskClient _client = hub.CreateClient();

    /// <summary>Runs everything due before <paramref name="end"/>; leaves the clock at <paramref name="end"/> with the worker drained.</summary>
    /// <param name="onAdvance">Told each time the clock jumps (progress reports).</param>
    public async Task RunUntilAsync(DateTimeOffset end, Func<DateTimeOffset, Task>? onAdvance = null, CancellationToken cancellationToken = default)
    {
        var stuck = new System.Diagnostics.Stopwatch();
        while (true)
        {
            var waits = await DrainAsync(cancellationToken).ConfigureAwait(false);
            var nextTimer = await hub.GetNextTimerDueAsync(cancellationToken).ConfigureAwait(false);
            DateTimeOffset? next = waits.Count == 0 ? nextTimer : nextTimer is { } t && t < waits.Min() ? t : waits.Min();
            if (next is not { } due || due >= end)
            {
                break;
            }

            if (due > clock.GetUtcNow())
            {
                clock.SetUtcNow(due);
                stuck.Reset();
            }
            else
            {
                // A timer already due is being fired (or is a stale one a finished execution left behind):
                // give the worker a moment. One that is never taken is a clear failure, not a hang.
                stuck.Start();
                if (stuck.Elapsed > MaxStall)
                {
                    throw new TimeoutException($"The simulation stalled at {due:yyyy-MM-dd HH:mm} UTC: the timer due then does not fire.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
            }

            if (onAdvance is not null)
            {
                await onAdvance(due).ConfigureAwait(false);
            }
        }

        if (end > clock.GetUtcNow())
        {
            clock.SetUtcNow(end);
        }

        await DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until every running cycle waits for a time after now (or has ended) and returns those times: the
    /// clock may only move once nothing is left to do at the current time.
    /// </summary>
    public async Task<List<DateTimeOffset>> DrainAsync(CancellationToken cancellationToken = default)
    {
        var patience = System.Diagnostics.Stopwatch.StartNew();
        string last = string.Empty;
        while (true)
        {
            var now = clock.GetUtcNow();
            var waits = new List<DateTimeOffset>();
            bool busy = false;
            var seen = new System.Text.StringBuilder();
            await foreach (var instance in _client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                seen.Append(instance.InstanceId).Append(instance.RuntimeStatus).Append(instance.LastUpdatedAt.Ticks).Append(';');
                if (instance.IsCompleted)
                {
                    continue;
                }

                var status = instance.RuntimeStatus == OrchestrationRuntimeStatus.Running ? instance.ReadCustomStatusAs<MeetingCycleStatus>() : null;
                if (status?.WaitingUntil is { } until && until > now)
                {
                    waits.Add(until);
                }
                else
                {
                    busy = true;
                }
            }

            if (!busy)
            {
                return waits;
            }

            if (!string.Equals(seen.ToString(), last, StringComparison.Ordinal))
            {
                last = seen.ToString();
                patience.Restart();
            }
            else if (patience.Elapsed > StallPatience)
            {
                return waits;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
        }
    }
}
