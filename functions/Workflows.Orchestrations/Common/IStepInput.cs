namespace Workflows.Orchestrations;

/// <summary>The input of an activity with a side effect: it carries the effect's idempotency key.</summary>
/// <remarks>
/// Microsoft.DurableTask tells an activity nothing about the call that started it (no task id), and activities run
/// at least once; so the orchestrator picks the key (<see cref="StepKeys.Next(Microsoft.DurableTask.TaskOrchestrationContext)"/>, the same on every replay) and every
/// redelivery or retry of the call carries the same key to Graph (<c>transactionId</c>), the outbox and the timeline.
/// </remarks>
public interface IStepInput
{
    string Key { get; }
}
