using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Workflows.Durable.Diagnostics;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// Pull mode: receives batches from one queue, backing off exponentially while it is empty, and hands each
/// message to the same processing code push mode uses. A message is deleted only after its effect is committed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore is released by callbacks that may outlive the loop; it holds no wait handle.")]
internal sealed class QueuePoller(WorkerCore core, QueueClient queue, bool control)
{
    private const int BatchSize = 32;
    private readonly SemaphoreSlim _inFlight = new(core.Options.MaxInFlightMessages);

    public async Task RunAsync(CancellationToken stopping)
    {
        TimeSpan delay = core.Options.MinPollingDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                int free = Math.Min(BatchSize, _inFlight.CurrentCount);
                if (free == 0)
                {
                    await Task.Delay(core.Options.MinPollingDelay, TimeProvider.System, stopping).ConfigureAwait(false);
                    continue;
                }

                QueueMessage[] messages = (await queue.ReceiveMessagesAsync(free, core.Options.MessageVisibilityTimeout, stopping).ConfigureAwait(false)).Value;
                if (messages.Length == 0)
                {
                    await Task.Delay(delay, TimeProvider.System, stopping).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, core.Options.MaxPollingDelay.Ticks));
                    continue;
                }

                delay = core.Options.MinPollingDelay;
                foreach (var message in messages)
                {
                    await _inFlight.WaitAsync(core.Life).ConfigureAwait(false);
                    await DispatchAsync(message).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                Log.LoopFailed(core.Logger, e, queue.Name);
                await Task.Delay(core.Options.MaxPollingDelay, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task DispatchAsync(QueueMessage message)
    {
        var delivery = new Delivery(message, _inFlight);
        QueueEnvelope envelope;
        try
        {
            envelope = await core.Transport.DecodeAsync(message.Body.ToString(), core.Life).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or RequestFailedException { Status: 404 })
        {
            // Unreadable for good (or its payload blob is gone): keep it for a human, do not retry forever.
            Log.UnreadableMessage(core.Logger, e, message.MessageId, queue.Name);
            EngineTelemetry.PoisonMessage(core.Hub.Name, "unreadable");
            await core.Hub.MoveToPoisonAsync(queue, message.Body.ToString(), core.Life).ConfigureAwait(false);
            await DeleteAsync(delivery).ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (core.IsAlive && e is not OperationCanceledException)
        {
            // A transient failure reading a payload blob: the message comes back later.
            Log.LoopFailed(core.Logger, e, queue.Name);
            await ReleaseAsync(delivery).ConfigureAwait(false);
            return;
        }

        if (control)
        {
            Post(envelope.Control!, delivery, poison: false);
        }
        else
        {
            _ = Task.Run(() => RunActivityAsync(envelope.Work!, delivery));
        }
    }

    private void Post(ControlMessage control, Delivery delivery, bool poison)
    {
        core.Post(control.InstanceId, new Inbound(
            control,
            Acknowledge: () => DeleteAsync(delivery),
            Reject: error =>
            {
                if (!poison && delivery.Message.DequeueCount >= core.Options.MaxDequeueCount && PoisonRule.Counts(error))
                {
                    Log.PoisonMessage(core.Logger, control.MessageId, control.InstanceId, delivery.Message.DequeueCount);
                    EngineTelemetry.PoisonMessage(core.Hub.Name, "control");
                    Post(control, delivery, poison: true);
                    return;
                }

                _ = ReleaseAsync(delivery);
            },
            Poison: poison));
    }

    private async Task RunActivityAsync(ActivityWorkItem item, Delivery delivery)
    {
        try
        {
            History.HistoryEvent result;
            if (delivery.Message.DequeueCount > core.Options.MaxDequeueCount)
            {
                result = Poisoned(item, delivery.Message.DequeueCount);
            }
            else
            {
                using var renewing = CancellationTokenSource.CreateLinkedTokenSource(core.Life);
                var renewal = KeepInvisibleAsync(delivery, renewing.Token);
                try
                {
                    result = await core.Activities.ExecuteAsync(item).ConfigureAwait(false);
                }
                finally
                {
                    await renewing.CancelAsync().ConfigureAwait(false);
                    await renewal.ConfigureAwait(false);
                }
            }

            await core.CheckpointAsync(CheckpointStep.ActivityExecuted, item.InstanceId).ConfigureAwait(false);
            Post(ActivityRunner.ResultMessage(item, result), delivery, poison: false);
        }
        catch (Exception) when (!core.IsAlive)
        {
            // The message becomes visible again after its timeout and another worker runs it.
        }
    }

    /// <summary>
    /// A long activity keeps its message invisible, renewing every third of the visibility timeout counted from
    /// when it was received (it may wait for a free slot first), so no other worker starts a second copy of work
    /// that is still running here.
    /// </summary>
    private async Task KeepInvisibleAsync(Delivery delivery, CancellationToken stop)
    {
        var every = core.Options.MessageVisibilityTimeout / 3;
        try
        {
            while (true)
            {
                var wait = every - TimeProvider.System.GetElapsedTime(delivery.VisibleSince);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, TimeProvider.System, stop).ConfigureAwait(false);
                }

                var updated = await queue.UpdateMessageAsync(delivery.Message.MessageId, delivery.PopReceipt, visibilityTimeout: core.Options.MessageVisibilityTimeout, cancellationToken: stop).ConfigureAwait(false);
                delivery.PopReceipt = updated.Value.PopReceipt;
                delivery.VisibleSince = TimeProvider.System.GetTimestamp();
            }
        }
        catch (OperationCanceledException)
        {
            // The activity finished (or the worker stops).
        }
        catch (RequestFailedException)
        {
            // Lost the message (its receipt went stale): the other copy's result is deduplicated.
        }
    }

    private History.TaskFailed Poisoned(ActivityWorkItem item, long attempts)
    {
        Log.PoisonMessage(core.Logger, item.IdempotencyKey, item.InstanceId, attempts);
        EngineTelemetry.PoisonMessage(core.Hub.Name, "activity");
        return ActivityRunner.PoisonResult(item, attempts, core.Clock.GetUtcNow());
    }

    private async Task DeleteAsync(Delivery delivery)
    {
        delivery.Done();
        try
        {
            await queue.DeleteMessageAsync(delivery.Message.MessageId, delivery.PopReceipt, core.Life).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Its visibility ran out and another worker took it: that worker deduplicates.
        }
    }

    /// <summary>Makes a failed message visible again soon, with back-off by delivery count.</summary>
    private async Task ReleaseAsync(Delivery delivery)
    {
        delivery.Done();
        try
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, delivery.Message.DequeueCount - 1)));
            await queue.UpdateMessageAsync(delivery.Message.MessageId, delivery.PopReceipt, visibilityTimeout: backoff, cancellationToken: core.Life).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException)
        {
            // It reappears when its visibility timeout ends anyway.
        }
    }

    /// <summary>One received message and its in-flight permit, returned exactly once whatever path ends it.</summary>
    private sealed class Delivery(QueueMessage message, SemaphoreSlim permits)
    {
        private int _done;

        public QueueMessage Message => message;

        /// <summary>Changes with every visibility renewal; delete and release need the latest.</summary>
        public string PopReceipt { get; set; } = message.PopReceipt;

        /// <summary>When the current invisibility began (receipt or last renewal), as a stopwatch timestamp.</summary>
        public long VisibleSince { get; set; } = TimeProvider.System.GetTimestamp();

        public void Done()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                permits.Release();
            }
        }
    }
}
