using Microsoft.Extensions.Logging;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// What the sessions, pollers and pumps of one worker share. One instance id maps to at most one live session
/// in this process, so turns of an instance never race locally; across processes the ETag decides.
/// </summary>
internal sealed class WorkerCore : IDisposable
{
    private readonly Dictionary<string, InstanceSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _life = new();
    private TaskCompletionSource _timerNudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WorkerCore(DurableTaskHub hub, DurableTaskRegistry registry, DurableTaskWorkerOptions options, IServiceProvider services, ILoggerFactory loggerFactory, bool pullMode)
    {
        Hub = hub;
        Options = options;
        PullMode = pullMode;
        Registry = registry;
        Services = services;
        Logger = loggerFactory.CreateLogger("Workflows.Durable.Worker");
        Planner = new TurnPlanner(registry, services, loggerFactory, TimeProvider.System);
        TurnGate = new SemaphoreSlim(options.MaxConcurrentTurns);
        Activities = new ActivityRunner(this);
    }

    public DurableTaskHub Hub { get; }

    public InstanceStore Store => Hub.Store;

    public QueueTransport Transport => Hub.Transport;

    public TimerIndex Timers => Hub.Timers;

    public TimeProvider Clock => Hub.TimeProvider;

    public DurableTaskWorkerOptions Options { get; }

    public bool PullMode { get; }

    public DurableTaskRegistry Registry { get; }

    public IServiceProvider Services { get; }

    public ILogger Logger { get; }

    public TurnPlanner Planner { get; }

    public SemaphoreSlim TurnGate { get; }

    public ActivityRunner Activities { get; }

    public TurnMetrics Metrics { get; } = new();

    /// <summary>Cancelled on shutdown or a simulated crash: after that the worker writes nothing.</summary>
    public CancellationToken Life => _life.Token;

    public bool IsAlive => !_life.IsCancellationRequested;

    /// <summary>Set by a graceful stop: finish what is in hand, start nothing new locally.</summary>
    public bool IsStopping { get; private set; }

    public void BeginStopping() => IsStopping = true;

    /// <summary>Hands a message to the instance's session; false once the worker has stopped.</summary>
    public bool Post(string instanceId, Inbound inbound)
    {
        if (!IsAlive)
        {
            return false;
        }

        lock (_gate)
        {
            if (!_sessions.TryGetValue(instanceId, out var session) || !session.TryPost(inbound))
            {
                session = new InstanceSession(instanceId, this);
                _sessions[instanceId] = session;
                session.TryPost(inbound);
                session.Start();
            }
        }

        return true;
    }

    /// <summary>A session leaves only when nothing is queued for it, so a message posted meanwhile is never stranded.</summary>
    public bool TryRetire(InstanceSession session)
    {
        lock (_gate)
        {
            if (!session.CanRetire)
            {
                return false;
            }

            session.Close();
            if (_sessions.TryGetValue(session.InstanceId, out var current) && current == session)
            {
                _sessions.Remove(session.InstanceId);
            }

            return true;
        }
    }

    public Task[] SessionTasks()
    {
        lock (_gate)
        {
            return _sessions.Values.Select(s => s.Completion).ToArray();
        }
    }

    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Values.All(s => s.CanRetire);
            }
        }
    }

    public async ValueTask CheckpointAsync(CheckpointStep step, string instanceId)
    {
        if (Options.FaultInjector is { } inject)
        {
            try
            {
                await inject(step, instanceId).ConfigureAwait(false);
            }
            catch (SimulatedCrashException)
            {
                Crash();
                throw;
            }
        }

        _life.Token.ThrowIfCancellationRequested();
    }

    /// <summary>Stops everything at once, as a killed process would: no acknowledgements, no cleanup.</summary>
    public void Crash() => _life.Cancel();

    public void NudgeTimers() => Interlocked.Exchange(ref _timerNudge, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public Task TimerNudge => Volatile.Read(ref _timerNudge).Task;

    /// <summary>
    /// Stops the worker for good. The token source and gates are not disposed: activities abandoned by a crash
    /// may still observe them, and none of them holds an unmanaged handle unless a wait handle is requested.
    /// </summary>
    public void Dispose() => _life.Cancel();
}
