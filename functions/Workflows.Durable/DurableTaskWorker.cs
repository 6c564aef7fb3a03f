using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Durable.Storage;
using Workflows.Durable.Worker;

namespace Workflows.Durable;

/// <summary>
/// Runs orchestrations and activities of one hub. Pull mode (<see cref="StartAsync"/>): it polls the queues,
/// fires timers and sweeps the outbox itself. Push mode (<see cref="ProcessMessageAsync"/>,
/// <see cref="FireDueTimersAsync"/>): a host hands in one message or tick at a time, as the Functions queue and
/// timer triggers do. Both run the same turn code.
/// </summary>
public sealed class DurableTaskWorker : IHostedService, IAsyncDisposable
{
    private readonly DurableTaskHub _hub;
    private readonly ILogger _logger;
    private readonly List<Task> _loops = [];
    private CancellationTokenSource? _polling;
    private WorkerCore _core;

    internal DurableTaskWorker(DurableTaskHub hub, DurableTaskRegistry registry, DurableTaskWorkerOptions options, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        _hub = hub;
        _logger = loggerFactory.CreateLogger<DurableTaskWorker>();
        _core = new WorkerCore(hub, registry, options, services, loggerFactory, pullMode: false);
        _hub.Timers.Armed += OnTimerArmed;
        Registry = registry;
        Options = options;
        Services = services;
        LoggerFactory = loggerFactory;
    }

    public DurableTaskWorkerOptions Options { get; }

    internal DurableTaskRegistry Registry { get; }

    internal IServiceProvider Services { get; }

    internal ILoggerFactory LoggerFactory { get; }

    internal WorkerCore Core => _core;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_polling is not null)
        {
            throw new InvalidOperationException("The worker is already started.");
        }

        _core.Dispose();
        _core = new WorkerCore(_hub, Registry, Options, Services, LoggerFactory, pullMode: true);
        _polling = CancellationTokenSource.CreateLinkedTokenSource(_core.Life);
        var stopping = _polling.Token;
        _loops.Add(Task.Run(() => PollAsync(_hub.Storage.ControlQueue, control: true, stopping), CancellationToken.None));
        _loops.Add(Task.Run(() => PollAsync(_hub.Storage.WorkQueue, control: false, stopping), CancellationToken.None));
        _loops.Add(Task.Run(() => new TimerPump(_core).RunAsync(stopping), CancellationToken.None));
        _loops.Add(Task.Run(() => SweepLoopAsync(stopping), CancellationToken.None));
        Log.WorkerStarted(_logger, _hub.Name, "pull");
        return Task.CompletedTask;
    }

    /// <summary>Graceful stop: no new messages are taken, work in hand is committed (bounded by the token), then the loops end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_polling is null)
        {
            return;
        }

        _core.BeginStopping();
        await _polling.CancelAsync().ConfigureAwait(false);
        try
        {
            while (!_core.IsIdle && !cancellationToken.IsCancellationRequested && _core.IsAlive)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Out of patience: what is not committed is redelivered to the next worker.
        }

        _core.Crash();
        await Task.WhenAll(_loops).ConfigureAwait(false);
        await Task.WhenAll(_core.SessionTasks()).ConfigureAwait(false);
        _loops.Clear();
        _polling.Dispose();
        _polling = null;
        Log.WorkerStopped(_logger, _hub.Name);
    }

    /// <summary>How long <see cref="DisposeAsync"/> lets work in hand finish before it stops regardless.</summary>
    public static readonly TimeSpan DisposeDrainTimeout = TimeSpan.FromSeconds(30);

    public async ValueTask DisposeAsync()
    {
        _hub.Timers.Armed -= OnTimerArmed;
        using (var patience = new CancellationTokenSource(DisposeDrainTimeout))
        {
            await StopAsync(patience.Token).ConfigureAwait(false);
        }

        _core.Dispose();
    }

    /// <summary>
    /// Push mode: processes exactly one queue message (control or work queue) and returns when its effect is
    /// committed. Throwing means "not done": the host retries it; on the last allowed delivery a control message
    /// fails its instance with the reason instead of being retried forever.
    /// </summary>
    public async Task ProcessMessageAsync(string messageText, long dequeueCount, CancellationToken cancellationToken = default)
    {
        var envelope = await _hub.Transport.DecodeAsync(messageText, cancellationToken).ConfigureAwait(false);
        if (envelope.Work is { } work)
        {
            // The host moves a message to its poison queue after this delivery; tell the instance instead of
            // risking a last run that may kill the process again and leave the orchestration waiting forever.
            History.HistoryEvent result;
            if (dequeueCount >= Options.MaxDequeueCount)
            {
                Log.PoisonMessage(_logger, work.IdempotencyKey, work.InstanceId, dequeueCount);
                Diagnostics.EngineTelemetry.PoisonMessage(_hub.Name, "activity");
                result = ActivityRunner.PoisonResult(work, dequeueCount, _core.Clock.GetUtcNow());
            }
            else
            {
                result = await _core.Activities.ExecuteAsync(work).ConfigureAwait(false);
            }

            await _hub.Transport.SendControlAsync(ActivityRunner.ResultMessage(work, result), cancellationToken).ConfigureAwait(false);
            return;
        }

        var control = envelope.Control!;
        try
        {
            await PostAndWaitAsync(control, poison: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (dequeueCount >= Options.MaxDequeueCount && PoisonRule.Counts(e))
        {
            Log.PoisonMessage(_logger, control.MessageId, control.InstanceId, dequeueCount);
            Diagnostics.EngineTelemetry.PoisonMessage(_hub.Name, "control");
            await PostAndWaitAsync(control, poison: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Push mode timer tick: sends due timers to their instances through the control queue.</summary>
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken = default) => TimerPump.FireDueAsync(_hub, cancellationToken);

    /// <summary>Relays outbox rows left behind by a worker that died between commit and relay.</summary>
    public Task<int> SweepOutboxAsync(CancellationToken cancellationToken = default) => OutboxSweeper.SweepAsync(_hub, Options.OutboxLease, cancellationToken);

    private async Task PostAndWaitAsync(ControlMessage control, bool poison, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool posted = _core.Post(control.InstanceId, new Inbound(
            control,
            Acknowledge: () =>
            {
                done.TrySetResult();
                return Task.CompletedTask;
            },
            Reject: e => done.TrySetException(e),
            Poison: poison));
        if (!posted)
        {
            throw new ObjectDisposedException(nameof(DurableTaskWorker), "The worker is stopped; the message was not processed.");
        }

        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task PollAsync(Azure.Storage.Queues.QueueClient queue, bool control, CancellationToken stopping)
    {
        var poller = new QueuePoller(_core, queue, control);
        await poller.RunAsync(stopping).ConfigureAwait(false);
    }

    private async Task SweepLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                int swept = await SweepOutboxAsync(stopping).ConfigureAwait(false);
                if (swept > 0)
                {
                    Log.OutboxSwept(_logger, swept);
                }

                await Task.Delay(Options.SweepInterval, TimeProvider.System, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.LoopFailed(_logger, e, "OutboxSweeper");
                await Task.Delay(Options.MaxPollingDelay, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private void OnTimerArmed() => _core.NudgeTimers();
}
