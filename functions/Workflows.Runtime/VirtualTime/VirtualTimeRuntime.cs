using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Runtime.Replay;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// Runs the workflows in memory on a virtual clock: the real replay code (DTFx's <see cref="TaskOrchestrationExecutor"/>
/// with the Microsoft.DurableTask shims, as Durable Functions runs them), each turn stamped with the clock's time, and
/// durable timers that fire when the clock reaches them. <c>simulate</c> runs a school year in seconds with it, and
/// date-dependent tests use it where the Azure Storage provider would have to wait real time.
/// </summary>
/// <remarks>
/// <para>After <see cref="StartAsync"/> the runtime works by itself at the current virtual time: instances run
/// concurrently with each other, each instance's turns strictly in order, activities concurrently. Work submitted
/// before it is started waits. <see cref="StopAsync"/> lets running turns and activities finish; the state (instances,
/// messages, timers) stays, and a later <see cref="StartAsync"/> goes on with it.</para>
/// <para>Where DTFx would retry forever (an orchestrator or activity that is not registered), this runner fails the
/// instance or the task instead, so a test or simulation ends with the reason in its failure details.</para>
/// </remarks>
public sealed partial class VirtualTimeRuntime : IWorkflowRuntime
{
    private static readonly Comparer<PendingTimer> TimerOrder = Comparer<PendingTimer>.Create(
        (a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.Sequence.CompareTo(b.Sequence));

    private readonly Lock _gate = new();
    private readonly WorkflowRuntimeOptions _options;
    private readonly ILogger _logger;
    private readonly DurableTaskShimFactory _shims;
    private readonly OrchestrationTurn _turn;
    private readonly Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> _activityFactories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VirtualInstance> _instances = new(StringComparer.Ordinal);
    private readonly SortedSet<PendingTimer> _timers = new(TimerOrder);
    private readonly HashSet<VirtualInstance> _ready = [];
    private readonly Queue<(OrchestrationInstance Instance, TaskScheduledEvent Task)> _activities = new();
    private readonly List<TaskCompletionSource> _idleWaiters = [];
    private readonly List<TaskCompletionSource> _quietWaiters = [];
    private readonly List<InstanceWaiter> _instanceWaiters = [];
    private readonly ConcurrentDictionary<Wakeup, byte> _wakeups = new();
    private readonly VirtualTimeDurableTaskClient _client;
    private long _timerSequence;
    private int _busy;
    private bool _started;

    public VirtualTimeRuntime(string taskHub, FakeTimeProvider clock, WorkflowRuntimeOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskHub);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        TaskHub = taskHub;
        Clock = clock;
        _options = options;
        _logger = options.LoggerFactory.CreateLogger<VirtualTimeRuntime>();
        _shims = new DurableTaskShimFactory(ShimOptions.From(options), options.LoggerFactory);
        _turn = new OrchestrationTurn(CreateOrchestration, _logger);
        foreach (var (name, factory) in options.Registry.GetOrchestrators())
        {
            _orchestrators.TryAdd(name.Name, factory);
        }

        foreach (var (name, factory) in options.Registry.GetActivities())
        {
            _activityFactories.TryAdd(name.Name, factory);
        }

        _client = new VirtualTimeDurableTaskClient(this, options.DataConverter);
    }

    public string TaskHub { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>A client over this runtime, with the surface of the Azure Storage one.</summary>
    public DurableTaskClient Client => _client;

    /// <summary>
    /// How often every activity runs (tests): the Azure Storage provider delivers at least once, so an activity may
    /// run again after it did its work; 2 or more proves its side effects happen once. The last run's result counts.
    /// </summary>
    public int ActivityDeliveries
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;

    /// <summary>When the earliest pending durable timer (or delayed start) is due; null when none is pending.</summary>
    public DateTimeOffset? NextTimerDue
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count > 0 ? _timers.Min!.Due : null;
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _started = true;
            Pump();
        }

        var now = Clock.GetUtcNow();
        VirtualTimeLog.Started(_logger, TaskHub, now);
        return Task.CompletedTask;
    }

    /// <summary>Stops taking new work and waits for the running turns and activities; what is queued stays queued.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task quiet;
        lock (_gate)
        {
            _started = false;
            quiet = Waiter(_busy == 0, _quietWaiters);
            SignalWaiters();
        }

        await quiet.WaitAsync(cancellationToken).ConfigureAwait(false);
        var now = Clock.GetUtcNow();
        VirtualTimeLog.Stopped(_logger, TaskHub, now);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        foreach (var wakeup in _wakeups.Keys)
        {
            wakeup.Dispose();
        }

        _wakeups.Clear();
    }

    /// <summary>
    /// Returns once nothing is left to do at the current virtual time: no message waiting, no turn and no activity
    /// running (timers due by now have fired). Exact, not a guess: it waits for the runtime's own bookkeeping.
    /// When the runtime is stopped it returns once nothing runs (queued work waits for a start).
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow();
        Task idle;
        lock (_gate)
        {
            PromoteDue(now);
            Pump();
            idle = Waiter(IsIdle, _idleWaiters);
        }

        await idle.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs everything due before <paramref name="end"/>: drains, then jumps the clock from one pending timer to the next
    /// (telling <paramref name="onAdvance"/> each time) and drains after each jump; finally sets the clock to
    /// <paramref name="end"/> (when later) and drains.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset end, Func<DateTimeOffset, Task>? onAdvance = null, CancellationToken cancellationToken = default)
    {
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        while (NextTimerDue is { } due && due < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(due);
            }

            if (onAdvance is not null)
            {
                await onAdvance(due).ConfigureAwait(false);
            }

            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }

        if (end > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(end);
        }

        await DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private bool IsIdle => _busy == 0 && (!_started || (_ready.Count == 0 && _activities.Count == 0));

    private sealed record PendingTimer(DateTimeOffset Due, long Sequence, InstanceMessage Message);

    private sealed class InstanceWaiter(string instanceId, Func<InstanceSnapshot, bool> done)
    {
        public string InstanceId { get; } = instanceId;

        public Func<InstanceSnapshot, bool> Done { get; } = done;

        public TaskCompletionSource<InstanceSnapshot> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Wakeup : IDisposable
    {
        public ITimer? Timer { get; set; }

        public void Dispose() => Timer?.Dispose();
    }
}
