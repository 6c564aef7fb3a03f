using System.Diagnostics;
using System.Threading.Channels;
using Workflows.Durable.Diagnostics;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// The one place in this process where an instance's turns run, one after another. It keeps the instance's
/// history in memory between turns (no reload, no replay fetch) until idle. Partial by facet: relay.
/// </summary>
internal sealed partial class InstanceSession
{
    private const int MaxBatch = 1000;
    private const int MaxConflictRetries = 20;
    private const int MaxLocalRetries = 5;

    private readonly Channel<Inbound> _mailbox = Channel.CreateUnbounded<Inbound>();
    private readonly WorkerCore _core;
    private InstanceSnapshot? _cache;
    private int _localActivities;
    private int _busy;
    private Task _completion = Task.CompletedTask;

    public InstanceSession(string instanceId, WorkerCore core)
    {
        InstanceId = instanceId;
        _core = core;
    }

    public string InstanceId { get; }

    public Task Completion => _completion;

    /// <summary>Nothing queued, no turn running and no local activity whose result is still to come.</summary>
    public bool CanRetire => _mailbox.Reader.Count == 0 && Volatile.Read(ref _localActivities) == 0 && Volatile.Read(ref _busy) == 0;

    public bool TryPost(Inbound inbound) => _mailbox.Writer.TryWrite(inbound);

    public void Close() => _mailbox.Writer.TryComplete();

    public void Start() => _completion = Task.Run(LoopAsync);

    public void ActivityStarted() => Interlocked.Increment(ref _localActivities);

    public void ActivityFinished() => Interlocked.Decrement(ref _localActivities);

    private async Task LoopAsync()
    {
        try
        {
            while (_core.IsAlive)
            {
                var batch = new List<Inbound>();
                while (batch.Count < MaxBatch && _mailbox.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    if (!await WaitForWorkAsync().ConfigureAwait(false) && _core.TryRetire(this))
                    {
                        return;
                    }

                    continue;
                }

                Interlocked.Exchange(ref _busy, 1);
                try
                {
                    await ProcessAsync(batch).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Exchange(ref _busy, 0);
                }
            }
        }
        catch (OperationCanceledException) when (!_core.IsAlive)
        {
            // Shutdown or simulated crash: whatever was not acknowledged is redelivered to a live worker.
        }
        catch (SimulatedCrashException)
        {
        }
    }

    private async Task<bool> WaitForWorkAsync()
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(_core.Life);
        idle.CancelAfter(_core.Options.SessionIdleTimeout);
        try
        {
            return await _mailbox.Reader.WaitToReadAsync(idle.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_core.IsAlive)
        {
            return false;
        }
    }

    private async Task ProcessAsync(List<Inbound> batch)
    {
        await _core.TurnGate.WaitAsync(_core.Life).ConfigureAwait(false);
        using var span = EngineTelemetry.StartTurn(InstanceId);
        var watch = Stopwatch.StartNew();
        string? orchestration = _cache?.State.Name;
        string outcome = EngineTelemetry.Abandoned;
        try
        {
            var plan = await CommitTurnAsync(batch).ConfigureAwait(false);
            orchestration = _cache?.State.Name ?? orchestration;
            outcome = plan.Commit is null ? EngineTelemetry.Unchanged : EngineTelemetry.Committed;
            foreach (var (message, reason) in plan.Dropped)
            {
                Log.MessageDropped(_core.Logger, InstanceId, message.MessageId, reason);
            }

            foreach (var outbox in plan.Commit?.Outbox ?? [])
            {
                await RelayAsync(outbox).ConfigureAwait(false);
            }

            if (plan.Commit is not null)
            {
                _core.Metrics.Record(watch.Elapsed);
            }

            if (plan.Cleanup.Count > 0)
            {
                await CleanUpAsync(plan.Cleanup).ConfigureAwait(false);
            }

            foreach (var reply in plan.Replies)
            {
                await _core.Transport.SendControlAsync(reply, _core.Life).ConfigureAwait(false);
            }

            await AcknowledgeAsync(batch, plan).ConfigureAwait(false);

            await _core.CheckpointAsync(CheckpointStep.Acknowledged, InstanceId).ConfigureAwait(false);
            if (plan.RunAgain)
            {
                TryPost(new Inbound(new ControlMessage(InstanceId, null, null, "local-wake")));
            }
        }
        catch (Exception e) when (_core.IsAlive && e is not SimulatedCrashException)
        {
            _cache = null;
            outcome = EngineTelemetry.Failed;
            Log.TurnFailed(_core.Logger, e, InstanceId);
            foreach (var inbound in batch)
            {
                if (inbound.Reject is { } reject)
                {
                    reject(e);
                }
                else if (inbound.Attempt < MaxLocalRetries)
                {
                    // A local result has no queue to come back from: retry it here before the sweeper must.
                    _ = RetryLaterAsync(inbound with { Attempt = inbound.Attempt + 1 });
                }
            }
        }
        finally
        {
            EngineTelemetry.TurnEnded(span, orchestration, outcome, watch.Elapsed);
            _core.TurnGate.Release();
        }
    }

    /// <summary>
    /// The turn is committed: acknowledge what it consumed. A message for an instance that does not exist yet
    /// goes back to its queue instead (its start may still be on the way), unless it is on its last delivery.
    /// A failed acknowledgement is only logged: the message comes back and is recognised as a duplicate.
    /// </summary>
    private async Task AcknowledgeAsync(List<Inbound> batch, TurnPlan plan)
    {
        var acknowledgements = new List<Task>(batch.Count);
        foreach (var inbound in batch)
        {
            if (!inbound.Poison && inbound.Reject is { } reject && plan.NotFound.Contains(inbound.Message.MessageId))
            {
                reject(new InvalidOperationException($"Instance '{InstanceId}' does not exist (yet)."));
            }
            else if (inbound.Acknowledge is { } acknowledge)
            {
                acknowledgements.Add(acknowledge());
            }
        }

        try
        {
            await Task.WhenAll(acknowledgements).ConfigureAwait(false);
        }
        catch (Exception e) when (_core.IsAlive && e is Azure.RequestFailedException or OperationCanceledException)
        {
            Log.AcknowledgeFailed(_core.Logger, e, InstanceId);
        }
    }

    /// <summary>Plans and commits; a lost ETag race reloads the instance and plans again from the same messages.</summary>
    private async Task<TurnPlan> CommitTurnAsync(List<Inbound> batch)
    {
        bool fromCache = _cache is not null;
        for (int attempt = 1; ; attempt++)
        {
            _cache ??= await _core.Store.LoadAsync(InstanceId, _core.Life).ConfigureAwait(false);
            var plan = _core.Planner.Plan(InstanceId, _cache, batch, _core.Clock.GetUtcNow());
            await _core.CheckpointAsync(CheckpointStep.Planned, InstanceId).ConfigureAwait(false);
            if (plan.Commit is not { } commit)
            {
                // "Nothing to do" judged from memory may be stale (a client restarted the id, another worker
                // moved on); only a write would expose that through its ETag, so look at storage once.
                if (fromCache && batch.Exists(b => b.Acknowledge is not null))
                {
                    fromCache = false;
                    _cache = null;
                    continue;
                }

                return plan;
            }

            try
            {
                var result = await _core.Store.CommitAsync(InstanceId, commit, _core.Life).ConfigureAwait(false);
                _cache = Apply(_cache, plan, commit, result);
                Log.TurnCommitted(_core.Logger, InstanceId, commit.Appended.Count, commit.Outbox.Sum(o => o.Items.Count), commit.State.Status);
                await _core.CheckpointAsync(CheckpointStep.Committed, InstanceId).ConfigureAwait(false);
                return plan;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                _cache = await _core.Store.LoadAsync(InstanceId, _core.Life).ConfigureAwait(false);

                // The SDK may have retried a transaction whose first attempt landed: then the 412 is our own
                // write, recognisable by the outbox row only this commit wrote. Go on to relay it.
                if (commit.Outbox.Count > 0 && _cache is not null && commit.Outbox.All(o => _cache.Outbox.ContainsKey(o.RowKey)))
                {
                    return plan;
                }

                Log.TurnConflict(_core.Logger, InstanceId, attempt);
            }
        }
    }

    private async Task RetryLaterAsync(Inbound inbound)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250 << inbound.Attempt), TimeProvider.System, _core.Life).ConfigureAwait(false);
            _core.Post(InstanceId, inbound);
        }
        catch (OperationCanceledException)
        {
            // Stopped meanwhile: the outbox row brings the work back.
        }
    }

    private InstanceSnapshot Apply(InstanceSnapshot? cache, TurnPlan plan, TurnCommit commit, CommitResult result)
    {
        cache ??= new InstanceSnapshot { InstanceId = InstanceId, State = commit.State, ETag = result.ETag };
        cache.State = commit.State;
        cache.ETag = result.ETag;
        var deleted = result.Deleted.ToHashSet(StringComparer.Ordinal);
        if (plan.ExecutionReset)
        {
            // Old history rows the transaction had no room to delete stay known, to go in a later commit.
            cache.StaleRows.AddRange(cache.HistoryRows.Where(rk => !deleted.Contains(rk)));
            cache.History.Clear();
            cache.HistoryRows.Clear();
        }

        cache.History.AddRange(commit.Appended);
        cache.HistoryRows.AddRange(result.HistoryRows);
        cache.StaleRows.RemoveAll(deleted.Contains);
        foreach (string rowKey in deleted)
        {
            cache.Outbox.Remove(rowKey);
        }

        foreach (var outbox in commit.Outbox)
        {
            cache.Outbox[outbox.RowKey] = outbox;
        }

        return cache;
    }

    private async Task CleanUpAsync(List<string> rows)
    {
        try
        {
            await _core.Store.DeleteRowsAsync(InstanceId, rows, _core.Life).ConfigureAwait(false);
            foreach (string rowKey in rows)
            {
                _cache?.Outbox.Remove(rowKey);
            }
        }
        catch (Azure.RequestFailedException e)
        {
            Log.CleanupFailed(_core.Logger, e, InstanceId);
        }
    }
}
