using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
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
        QueueEnvelope envelope;
        try
        {
            envelope = await core.Transport.DecodeAsync(message.Body.ToString(), core.Life).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or RequestFailedException)
        {
            Log.UnreadableMessage(core.Logger, e, message.MessageId, queue.Name);
            await core.Hub.MoveToPoisonAsync(queue, message.Body.ToString(), core.Life).ConfigureAwait(false);
            await DeleteAsync(message).ConfigureAwait(false);
            return;
        }

        if (control)
        {
            Post(envelope.Control!, message, poison: false);
        }
        else
        {
            _ = Task.Run(() => RunActivityAsync(envelope.Work!, message));
        }
    }

    private void Post(ControlMessage control, QueueMessage message, bool poison)
    {
        core.Post(control.InstanceId, new Inbound(
            control,
            Acknowledge: () => DeleteAsync(message),
            Reject: error =>
            {
                if (!poison && message.DequeueCount >= core.Options.MaxDequeueCount)
                {
                    // The last attempt failed too: the instance is failed with the reason instead of looping.
                    Log.PoisonMessage(core.Logger, control.MessageId, control.InstanceId, message.DequeueCount);
                    Post(control, message, poison: true);
                    return;
                }

                _ = ReleaseAsync(message);
            },
            Poison: poison));
    }

    private async Task RunActivityAsync(ActivityWorkItem item, QueueMessage message)
    {
        try
        {
            var result = message.DequeueCount > core.Options.MaxDequeueCount
                ? PoisonResult(item, message.DequeueCount)
                : await core.Activities.ExecuteAsync(item).ConfigureAwait(false);
            await core.CheckpointAsync(CheckpointStep.ActivityExecuted, item.InstanceId).ConfigureAwait(false);
            Post(ActivityRunner.ResultMessage(item, result), message, poison: false);
        }
        catch (Exception) when (!core.IsAlive)
        {
            // The message becomes visible again after its timeout and another worker runs it.
        }
    }

    internal History.TaskFailed PoisonResult(ActivityWorkItem item, long attempts)
    {
        Log.PoisonMessage(core.Logger, item.IdempotencyKey, item.InstanceId, attempts);
        return new History.TaskFailed(item.TaskId, new TaskFailureDetails(
            "PoisonMessage",
            $"Activity '{item.Name}' was delivered {attempts} times without completing (the worker running it kept stopping).")) { At = core.Clock.GetUtcNow() };
    }

    private async Task DeleteAsync(QueueMessage message)
    {
        _inFlight.Release();
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, core.Life).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Its visibility ran out and another worker took it: that worker deduplicates.
        }
    }

    /// <summary>Makes a failed message visible again soon, with back-off by delivery count.</summary>
    private async Task ReleaseAsync(QueueMessage message)
    {
        _inFlight.Release();
        try
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, message.DequeueCount - 1)));
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backoff, cancellationToken: core.Life).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException)
        {
            // It reappears when its visibility timeout ends anyway.
        }
    }
}
