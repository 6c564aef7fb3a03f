using Workflows.Durable.History;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// Fires due timers. It sleeps on the orchestration clock until the earliest armed timer (or the poll interval),
/// so with a fake clock, advancing the clock fires timers with no real waiting.
/// </summary>
internal sealed class TimerPump(WorkerCore core)
{
    private const int MaxPerPass = 200;
    private readonly HashSet<string> _inFlight = [];
    private readonly Dictionary<string, (int Attempts, DateTimeOffset NotBefore)> _failures = [];
    private readonly Lock _gate = new();

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Task nudge = core.TimerNudge;
            try
            {
                var now = core.Clock.GetUtcNow();
                foreach (var timer in await core.Timers.DueAsync(now, MaxPerPass, stopping).ConfigureAwait(false))
                {
                    Deliver(timer);
                }

                await WaitAsync(nudge, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                Log.LoopFailed(core.Logger, e, nameof(TimerPump));
                await Task.Delay(core.Options.MaxPollingDelay, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Push mode (the Functions timer trigger): send each due timer through the control queue.</summary>
    public static async Task<int> FireDueAsync(DurableTaskHub hub, CancellationToken cancellationToken)
    {
        var due = await hub.Timers.DueAsync(hub.TimeProvider.GetUtcNow(), MaxPerPass, cancellationToken).ConfigureAwait(false);
        foreach (var timer in due)
        {
            await hub.Transport.SendControlAsync(Message(timer), cancellationToken).ConfigureAwait(false);
            await hub.Timers.RemoveAsync(timer, cancellationToken).ConfigureAwait(false);
        }

        return due.Count;
    }

    public static ControlMessage Message(TimerRecord timer)
    {
        string id = $"{timer.InstanceId}/{timer.ExecutionId}/{timer.TimerId}/fired";
        return timer.TimerId == TimerRecord.WakeTimerId
            ? new ControlMessage(timer.InstanceId, null, null, id)
            : new ControlMessage(timer.InstanceId, timer.ExecutionId, new TimerFired(timer.TimerId, timer.FireAt) { At = timer.FireAt }, id);
    }

    /// <summary>
    /// The index row goes only after the instance committed the fire, so a crash in between re-fires
    /// (deduplicated). A fire whose turn fails is retried with back-off, and after
    /// <see cref="DurableTaskWorkerOptions.MaxDequeueCount"/> failures fails its instance, as a poison message would.
    /// </summary>
    private void Deliver(TimerRecord timer)
    {
        var message = Message(timer);
        bool poison;
        lock (_gate)
        {
            if (_inFlight.Contains(message.MessageId)
                || (_failures.TryGetValue(message.MessageId, out var failed) && failed.NotBefore > TimeProvider.System.GetUtcNow()))
            {
                return;
            }

            _inFlight.Add(message.MessageId);
            poison = failed.Attempts >= core.Options.MaxDequeueCount;
        }

        core.Post(timer.InstanceId, new Inbound(
            message,
            Acknowledge: async () =>
            {
                await core.Timers.RemoveAsync(timer, core.Life).ConfigureAwait(false);
                Settle(message.MessageId, failure: null);
            },
            Reject: error => Settle(message.MessageId, error),
            Poison: poison));
    }

    private void Settle(string messageId, Exception? failure)
    {
        lock (_gate)
        {
            _inFlight.Remove(messageId);
            if (failure is null)
            {
                _failures.Remove(messageId);
                return;
            }

            _failures.TryGetValue(messageId, out var failed);
            int attempts = failed.Attempts + (PoisonRule.Counts(failure) ? 1 : 0);
            var backoff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Max(attempts, 1) - 1)));
            _failures[messageId] = (attempts, TimeProvider.System.GetUtcNow() + backoff);
        }
    }

    /// <summary>Completes once the orchestration clock shows <paramref name="due"/> (compared as instants, whatever the offset).</summary>
    private async Task ClockReachesAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        while (core.Clock.GetUtcNow() < due)
        {
            await Task.Delay(core.Options.MinPollingDelay, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(Task nudge, CancellationToken stopping)
    {
        var next = await core.Timers.NextDueAsync(stopping).ConfigureAwait(false);
        bool busy;
        lock (_gate)
        {
            busy = _inFlight.Count > 0 || _failures.Count > 0;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var now = core.Clock.GetUtcNow();
        Task sleep;
        if (next is { } due && due <= now)
        {
            // Due timers are being committed (or just became due): look again shortly on the real clock.
            sleep = busy ? Task.Delay(core.Options.MinPollingDelay * 4, TimeProvider.System, wake.Token) : Task.CompletedTask;
        }
        else
        {
            var wait = next is { } at ? at - now : core.Options.TimerPollInterval;
            wait = wait > core.Options.TimerPollInterval ? core.Options.TimerPollInterval : wait;
            sleep = Task.Delay(wait, core.Clock, wake.Token);
            if (core.Clock != TimeProvider.System)
            {
                // A virtual clock's own timers cannot be trusted to fire when the clock is set: FakeTimeProvider
                // schedules them by the wall-clock ticks of the offset it was last set with, so a clock moved from
                // 16:00+02:00 to a timer's 14:01Z looks two hours earlier to them and the delay never ends. Watch the
                // instant itself on the real clock as well (a clock read, no storage request).
                sleep = Task.WhenAny(sleep, ClockReachesAsync(now + wait, wake.Token));
            }

            // A virtual clock may have been advanced between reading it and arming the delay, which would then
            // wait a full interval too long: read it again now that the delay is armed.
            if (next is { } soon && core.Clock.GetUtcNow() >= soon)
            {
                sleep = Task.CompletedTask;
            }
        }

        await Task.WhenAny(sleep, nudge).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        stopping.ThrowIfCancellationRequested();
    }
}
