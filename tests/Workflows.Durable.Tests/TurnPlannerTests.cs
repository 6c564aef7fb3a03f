using Azure;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Durable.History;
using Workflows.Durable.Storage;
using Workflows.Durable.Worker;

namespace Workflows.Durable.Tests;

/// <summary>Deduplication decided from history alone, independent of message ids.</summary>
public sealed class TurnPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Second_result_for_a_task_is_dropped_even_under_a_new_message_id()
    {
        var snapshot = Snapshot(
            new OrchestratorStarted { At = Now },
            new ExecutionStarted("Waits", null, "e1") { At = Now },
            new TaskScheduled(0, "A", null, "k0") { At = Now },
            new OrchestratorStarted { At = Now },
            new TaskCompleted(0, "1") { At = Now },
            new TaskScheduled(1, "A", null, "k1") { At = Now });

        var plan = Planner().Plan("i", snapshot, [Message(new TaskCompleted(0, "2"), "other-id")], Now);

        Assert.Null(plan.Commit);
        Assert.Equal("result already recorded or never scheduled", Assert.Single(plan.Dropped).Reason);
    }

    [Fact]
    public void Result_for_an_earlier_execution_is_dropped()
    {
        var snapshot = Snapshot(
            new OrchestratorStarted { At = Now },
            new ExecutionStarted("Waits", null, "e1") { At = Now },
            new TaskScheduled(0, "A", null, "k0") { At = Now });

        var plan = Planner().Plan("i", snapshot, [new Inbound(new ControlMessage("i", "e0", new TaskCompleted(0, "1"), "m"))], Now);

        Assert.Null(plan.Commit);
        Assert.Equal("for an earlier execution", Assert.Single(plan.Dropped).Reason);
    }

    [Fact]
    public void Two_results_for_one_task_in_one_batch_apply_once()
    {
        var snapshot = Snapshot(
            new OrchestratorStarted { At = Now },
            new ExecutionStarted("Waits", null, "e1") { At = Now },
            new TaskScheduled(0, "A", null, "k0") { At = Now });

        var plan = Planner().Plan("i", snapshot, [Message(new TaskCompleted(0, "1"), "a"), Message(new TaskCompleted(0, "1"), "b")], Now);

        Assert.Single(plan.Commit!.Appended.OfType<TaskCompleted>());
        Assert.Single(plan.Dropped);
    }

    [Fact]
    public void Suspend_then_resume_in_one_batch_leaves_the_instance_running_and_the_reverse_suspended()
    {
        var snapshot = Snapshot(
            new OrchestratorStarted { At = Now },
            new ExecutionStarted("Waits", null, "e1") { At = Now },
            new TaskScheduled(0, "A", null, "k0") { At = Now });

        var resumed = Planner().Plan("i", snapshot, [Message(new ExecutionSuspended("x"), "s"), Message(new ExecutionResumed("y"), "r")], Now);
        var suspended = Planner().Plan("i", snapshot, [Message(new ExecutionResumed("y"), "r"), Message(new ExecutionSuspended("x"), "s")], Now);

        Assert.Equal(OrchestrationRuntimeStatus.Running, resumed.Commit!.State.Status);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended.Commit!.State.Status);
        Assert.Empty(suspended.Commit.State.Pending);
    }

    [Fact]
    public void Event_and_start_of_a_new_instance_in_one_batch_apply_in_either_order()
    {
        var start = new ExecutionStarted("Waits", null, "e1") { At = Now };
        var raised = new EventRaised("go", "1", "ev") { At = Now };

        var plan = Planner().Plan("i", null, [new Inbound(new ControlMessage("i", null, raised, "ev")), new Inbound(new ControlMessage("i", null, start, "st"))], Now);

        Assert.Empty(plan.Dropped);
        Assert.Contains(plan.Commit!.Appended, e => e is EventRaised);
    }

    private static Inbound Message(HistoryEvent e, string id) => new(new ControlMessage("i", "e1", e with { At = Now }, id));

    private static TurnPlanner Planner()
    {
        var registry = new DurableTaskRegistry()
            .AddOrchestratorFunc<string?, string>("Waits", async (ctx, _) => await ctx.CallActivityAsync<string>("A") + await ctx.CallActivityAsync<string>("A"));
        return new TurnPlanner(registry, EmptyServiceProvider.Instance, NullLoggerFactory.Instance, TimeProvider.System);
    }

    private static InstanceSnapshot Snapshot(params HistoryEvent[] history)
    {
        var snapshot = new InstanceSnapshot
        {
            InstanceId = "i",
            ETag = new ETag("1"),
            State = new InstanceState { Name = "Waits", Status = OrchestrationRuntimeStatus.Running, ExecutionId = "e1", CreatedAt = Now, Seq = 2 },
        };
        snapshot.History.AddRange(history);
        return snapshot;
    }

}
