using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Benchmarks;

/// <summary>Each instance schedules all its activities at once and waits for all of them (Task.WhenAll).</summary>
internal sealed class FanOutScenario : Scenario
{
    public const string Key = "fanout";

    public override string Name => Key;

    public override int DefaultOrchestrations => 1;

    public override int DefaultActivities => 500;

    public override TaskName Orchestrator => "FanOut";

    public override void Register(DurableTaskRegistry registry)
    {
        AddIncrement(registry);
        registry.AddOrchestratorFunc<int, int>(Orchestrator, async (context, width) =>
        {
            var calls = Enumerable.Range(0, width).Select(i => context.CallActivityAsync<int>(ChainScenario.Increment, i)).ToList();
            int[] results = await Task.WhenAll(calls);
            return results.Sum();
        });
    }

    /// <summary>The sum of 1..width.</summary>
    public override int ExpectedOutput(int size) => size * (size + 1) / 2;
}
