using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// A workload: the orchestrator and activities it registers, the input of each instance, what the client does
/// while instances run, and how a finished instance proves it did all its work.
/// </summary>
internal abstract class Scenario
{
    public static IReadOnlyList<string> Names { get; } = [ChainScenario.Key, FanOutScenario.Key, EventsScenario.Key];

    /// <summary>The command-line name.</summary>
    public abstract string Name { get; }

    public abstract int DefaultOrchestrations { get; }

    /// <summary>Activities (or events) per instance when --activities is not given.</summary>
    public abstract int DefaultActivities { get; }

    public abstract TaskName Orchestrator { get; }

    public static Scenario FromName(string name) => name switch
    {
        ChainScenario.Key => new ChainScenario(),
        FanOutScenario.Key => new FanOutScenario(),
        EventsScenario.Key => new EventsScenario(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown scenario."),
    };

    public abstract void Register(DurableTaskRegistry registry);

    /// <summary>The input of an instance doing <paramref name="size"/> units of work.</summary>
    public virtual object? Input(int size) => size;

    /// <summary>Client work while the instances run (raising events); nothing by default.</summary>
    public virtual Task DriveAsync(DurableTaskClient client, IReadOnlyList<string> instanceIds, int size, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>The output a completed instance of <paramref name="size"/> units must have returned.</summary>
    public abstract int ExpectedOutput(int size);

    /// <summary>Trivial activity work, so the engine and storage are what is measured.</summary>
    protected static void AddIncrement(DurableTaskRegistry registry)
        => registry.AddActivityFunc<int, int>(ChainScenario.Increment, (_, x) => x + 1);
}
