using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// Each instance waits for its events one by one and counts them. The client waits until an instance is Running
/// (an event raised before the Instances row exists is dropped on Azure Storage: DESIGN.md), then raises its events
/// as fast as it can, one after another; instances are driven in parallel.
/// </summary>
internal sealed class EventsScenario : Scenario
{
    public const string Key = "events";

    private const string EventName = "Tick";

    public override string Name => Key;

    public override int DefaultOrchestrations => 20;

    public override int DefaultActivities => 20;

    public override TaskName Orchestrator => "CountEvents";

    public override void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<int, int>(Orchestrator, async (context, expected) =>
        {
            int seen = 0;
            for (int i = 0; i < expected; i++)
            {
                await context.WaitForExternalEvent<int>(EventName);
                seen++;
            }

            return seen;
        });
    }

    public override Task DriveAsync(
        DurableTaskClient client, IReadOnlyList<string> instanceIds, int size, CancellationToken cancellationToken)
        => Task.WhenAll(instanceIds.Select(async id =>
        {
            await client.WaitForInstanceStartAsync(id, cancellation: cancellationToken);
            for (int i = 0; i < size; i++)
            {
                await client.RaiseEventAsync(id, EventName, i, cancellationToken);
            }
        }));

    public override int ExpectedOutput(int size) => size;
}
