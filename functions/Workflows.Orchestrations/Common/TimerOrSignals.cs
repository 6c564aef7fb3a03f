using Microsoft.DurableTask;

namespace Workflows.Orchestrations;

/// <summary>
/// The one durable wait the long-running workflows share: until a due time, or until one of their external
/// events arrives, whichever comes first.
/// </summary>
internal static class TimerOrSignals
{
    /// <summary>
    /// Null when the time came; else every listed event that arrived, in the order listed (events delivered in one
    /// turn complete their waiters together, and one left unread would be lost).
    /// </summary>
    public static async Task<List<object>?> WaitAsync(TaskOrchestrationContext context, DateTimeOffset due, params IReadOnlyList<Signal> signals)
    {
        using var timerCancel = new CancellationTokenSource();
        using var eventsCancel = new CancellationTokenSource();
        var timer = context.CreateTimer(due.UtcDateTime, timerCancel.Token);
        var waits = signals.Select(s => s.Start(context, eventsCancel.Token)).ToList();
        var winner = await Task.WhenAny([timer, .. waits]);

        // Synchronous Cancel on purpose: the callbacks must run on the orchestrator thread, in this step.
#pragma warning disable CA1849
        if (winner == timer)
        {
            eventsCancel.Cancel();
            return null;
        }

        timerCancel.Cancel();
        eventsCancel.Cancel();
#pragma warning restore CA1849
        var arrived = new List<object>();
        foreach (var signal in signals.Where(s => s.Arrived))
        {
            arrived.Add(await signal.ReadAsync());
        }

        return arrived;
    }
}

/// <summary>An external event a <see cref="TimerOrSignals"/> wait listens for; one instance per wait.</summary>
internal abstract class Signal
{
    public abstract bool Arrived { get; }

    public static Signal Of<T>(string eventName) => new Typed<T>(eventName);

    public abstract Task Start(TaskOrchestrationContext context, CancellationToken cancellationToken);

    public abstract Task<object> ReadAsync();

    private sealed class Typed<T>(string eventName) : Signal
    {
        private Task<T>? _wait;

        public override bool Arrived => _wait?.IsCompletedSuccessfully == true;

        public override Task Start(TaskOrchestrationContext context, CancellationToken cancellationToken) =>
            _wait = context.WaitForExternalEvent<T>(eventName, cancellationToken);

        public override async Task<object> ReadAsync() => (await _wait!)!;
    }
}
