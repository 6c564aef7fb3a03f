namespace Workflows.Durable.Replay;

/// <summary>
/// Runs orchestrator continuations on the replaying thread, one at a time, in the order they became ready.
/// Because every <c>await</c> in orchestrator code resumes here, a turn is a deterministic function of history.
/// </summary>
internal sealed class TurnTaskScheduler : TaskScheduler
{
    private readonly Queue<Task> _ready = new();
    private int _pumpThread = -1;

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs ready continuations until the orchestrator is blocked on durable work.</summary>
    public void RunUntilIdle()
    {
        _pumpThread = Environment.CurrentManagedThreadId;
        try
        {
            while (_ready.TryDequeue(out Task? task))
            {
                TryExecuteTask(task);
            }
        }
        finally
        {
            _pumpThread = -1;
        }
    }

    public bool IsPumpThread => _pumpThread == Environment.CurrentManagedThreadId;

    protected override void QueueTask(Task task) => _ready.Enqueue(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        => !taskWasPreviouslyQueued && IsPumpThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _ready.ToArray();
}
