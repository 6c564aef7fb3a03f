using Workflows.Durable.History;

namespace Workflows.Durable.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    private readonly Dictionary<int, TaskCompletionSource<CompletionEvent>> _open = [];
    private readonly HashSet<int> _abandonedTimers = [];

    public override async Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        EnsureOrchestratorThread();
        string input1 = DurableJson.Serialize(input)!;

        // Retries share the first attempt's key: a retried side effect (a Graph create) must not happen twice.
        string key = FormattableString.Invariant($"{_instanceId}/{_executionId}/{_nextTaskId}");
        return await WithRetry(options?.Retry, async () =>
        {
            int id = _nextTaskId++;
            Record(new TaskScheduled(id, name.Name, input1, key));
            CompletionEvent done = await Open(id).ConfigureAwait(true);
            return done switch
            {
                TaskCompleted ok => DurableJson.Deserialize<TResult>(ok.Result)!,
                TaskFailed failed => throw new TaskFailedException(name, id, failed.Failure),
                _ => throw new InvalidOperationException($"Unexpected completion {done.GetType().Name} for activity #{id}."),
            };
        }).ConfigureAwait(true);
    }

    public override async Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        EnsureOrchestratorThread();
        string? json = DurableJson.Serialize(input);
        string? fixedId = (options as SubOrchestrationOptions)?.InstanceId;
        if (fixedId is not null)
        {
            InstanceIds.Validate(fixedId);
        }

        return await WithRetry(options?.Retry, async () =>
        {
            string childId = fixedId ?? NewGuid().ToString("N");
            int id = _nextTaskId++;
            Record(new SubOrchestrationCreated(id, orchestratorName.Name, childId, json));
            CompletionEvent done = await Open(id).ConfigureAwait(true);
            return done switch
            {
                SubOrchestrationCompleted ok => DurableJson.Deserialize<TResult>(ok.Result)!,
                SubOrchestrationFailed failed => throw new TaskFailedException(orchestratorName, id, failed.Failure),
                _ => throw new InvalidOperationException($"Unexpected completion {done.GetType().Name} for sub-orchestration #{id}."),
            };
        }).ConfigureAwait(true);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        EnsureOrchestratorThread();
        int id = _nextTaskId++;
        var at = new DateTimeOffset(DateTime.SpecifyKind(fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : fireAt, DateTimeKind.Utc));
        Record(new TimerCreated(id, at));
        var source = new TaskCompletionSource<CompletionEvent>();
        _open[id] = source;
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (_open.Remove(id))
                {
                    _abandonedTimers.Add(id);
                    source.TrySetCanceled(cancellationToken);
                }
            });
        }

        return source.Task;
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        EnsureOrchestratorThread();
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        Record(new EventSent(_nextTaskId++, instanceId, eventName, DurableJson.Serialize(payload)));
    }

    internal bool HasDurableWork => _open.Count > 0 || _waiters.Values.Any(w => w.Count > 0);

    /// <summary>Delivers a recorded or new result to the code that awaits it.</summary>
    internal void Complete(CompletionEvent completion)
    {
        if (_open.Remove(completion.TaskId, out var source))
        {
            source.SetResult(completion);
            return;
        }

        if (_abandonedTimers.Contains(completion.TaskId))
        {
            return;
        }

        if (_recorded.TryGetValue(completion.TaskId, out var recorded) && !_matched.Contains(completion.TaskId))
        {
            Divergence ??= NonDeterminismException.Missing(_name.Name, completion.TaskId, Describe(recorded));
        }
    }

    private Task<CompletionEvent> Open(int taskId)
    {
        var source = new TaskCompletionSource<CompletionEvent>();
        _open[taskId] = source;
        return source.Task;
    }

    private async Task<T> WithRetry<T>(RetryPolicy? policy, Func<Task<T>> attempt)
    {
        for (int number = 1; ; number++)
        {
            try
            {
                return await attempt().ConfigureAwait(true);
            }
            catch (TaskFailedException failure) when (policy is not null
                && number < policy.MaxNumberOfAttempts
                && (policy.HandleFailure?.Invoke(failure.FailureDetails) ?? true))
            {
                // The back-off is a durable timer, so a retry survives restarts and replays identically.
                await CreateTimer(_now.Add(policy.DelayBefore(number + 1)), CancellationToken.None).ConfigureAwait(true);
            }
        }
    }
}
