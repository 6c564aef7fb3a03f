using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Benchmarks;

/// <summary>Each instance calls one activity after another, feeding each result into the next call.</summary>
internal sealed class ChainScenario : Scenario
{
    public const string Key = "chain";

    public const string Increment = "Increment";

    public override string Name => Key;

    public override int DefaultOrchestrations => 20;

    public override int DefaultActivities => 20;

    public override TaskName Orchestrator => "Chain";

    public override void Register(DurableTaskRegistry registry)
    {
        AddIncrement(registry);
        registry.AddOrchestratorFunc<int, int>(Orchestrator, async (context, length) =>
        {
            int value = 0;
            for (int i = 0; i < length; i++)
            {
                value = await context.CallActivityAsync<int>(Increment, value);
            }

            return value;
        });
    }

    public override int ExpectedOutput(int size) => size;
}
