using DurableTask.Core.Command;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Workflows.Runtime.Replay;
using Workflows.Runtime.Tests.VirtualTime;

namespace Workflows.Runtime.Tests.Replay;

public sealed class HistoryReplayerTests
{
    [Fact]
    public async Task A_recorded_history_round_trips_through_the_DTFx_format_and_replays_clean()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Quinten", h.Token);
        await h.DrainAsync();
        var recorded = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);

        string json = HistoryReplayer.Serialize(recorded);
        var read = HistoryReplayer.Deserialize(json);
        var result = HistoryReplayer.Replay(new GreetOne(), nameof(GreetOne), read);

        Assert.Contains("\"$type\": \"DurableTask.Core.History.TaskScheduledEvent, DurableTask.Core\"", json, StringComparison.Ordinal);
        Assert.True(result.IsConsistent, result.Divergence);
        Assert.Equal("\"Hello Quinten\"", result.Completion!.Result);
    }

    [Fact]
    public async Task An_orchestrator_that_calls_another_activity_replays_as_divergent()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Roos", h.Token);
        await h.DrainAsync();
        var recorded = HistoryReplayer.Deserialize(HistoryReplayer.Serialize(await h.Client.GetOrchestrationHistoryAsync(id, h.Token)));

        var result = HistoryReplayer.Replay(new GreetOneChanged(), nameof(GreetOne), recorded);

        Assert.False(result.IsConsistent);
        Assert.Contains("NonDeterministicOrchestrationException", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(Samples.Farewell, result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recording_of_a_running_instance_replays_to_its_next_actions()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 7, h.Token);
        await h.RunUntilAsync(Harness.Start.AddDays(4));
        var recorded = HistoryReplayer.Deserialize(HistoryReplayer.Serialize(await h.Client.GetOrchestrationHistoryAsync(id, h.Token)));

        var consistent = HistoryReplayer.Replay(h.Options, recorded);
        Assert.True(consistent.IsConsistent, consistent.Divergence);
        Assert.Empty(consistent.NextActions);

        // A recording that stops before the second timer was created: the replay creates it (for day 6, as then).
        var shorter = recorded.Take(recorded.Count - 2).ToList();
        var next = HistoryReplayer.Replay(h.Options, shorter);
        Assert.True(next.IsConsistent, next.Divergence);
        var timer = Assert.IsType<CreateTimerOrchestratorAction>(Assert.Single(next.NextActions));
        Assert.Equal(Harness.Start.AddDays(6).UtcDateTime, timer.FireAt);
    }

    [Fact]
    public async Task A_completed_recording_that_the_code_no_longer_completes_is_divergent()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 1, h.Token);
        await h.RunUntilAsync(Harness.Start.AddDays(2));
        var recorded = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);

        var result = HistoryReplayer.Replay(new WaitsLonger(), nameof(LongTimer), recorded);

        Assert.False(result.IsConsistent);
        Assert.Contains("waits for more", result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_of_history_event_survives_the_format()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Everything), "Sam", h.Token);
        await h.RunUntilAsync(Harness.Start.AddHours(3));
        await h.Client.SuspendInstanceAsync(id, "pause", h.Token);
        await h.Client.ResumeInstanceAsync(id, "go", h.Token);
        await h.Client.RaiseEventAsync(id, "approval", "yes", h.Token);
        await h.DrainAsync();
        string retried = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CountDays), 2, h.Token);
        await h.RunUntilAsync(Harness.Start.AddDays(2));
        string terminated = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "Tom", h.Token);
        await h.Client.TerminateInstanceAsync(terminated, "stop", h.Token);
        await h.DrainAsync();

        var everything = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        Assert.Equal("\"Hello Sam|System.InvalidOperationException|Hello Sam|yes\"", everything.OfType<ExecutionCompletedEvent>().Single().Result);
        var kinds = new[] { id, terminated }
            .Select(i => h.Client.GetOrchestrationHistoryAsync(i, h.Token).Result)
            .SelectMany(e => e)
            .Select(e => e.EventType)
            .ToHashSet();
        Assert.Superset(
            new HashSet<EventType>
            {
                EventType.ExecutionStarted, EventType.ExecutionCompleted, EventType.ExecutionTerminated, EventType.TaskScheduled,
                EventType.TaskCompleted, EventType.TaskFailed, EventType.SubOrchestrationInstanceCreated,
                EventType.SubOrchestrationInstanceCompleted, EventType.TimerCreated, EventType.TimerFired, EventType.OrchestratorStarted,
                EventType.OrchestratorCompleted, EventType.EventSent, EventType.EventRaised, EventType.ExecutionSuspended,
                EventType.ExecutionResumed,
            },
            kinds);

        foreach (string instance in new[] { id, retried, terminated })
        {
            var history = await h.Client.GetOrchestrationHistoryAsync(instance, h.Token);
            string json = HistoryReplayer.Serialize(history);
            var read = HistoryReplayer.Deserialize(json);
            Assert.Equal(json, HistoryReplayer.Serialize(read));
            Assert.Equal(history.Select(e => e.GetType()), read.Select(e => e.GetType()));
            Assert.Equal(history.Select(e => e.Timestamp), read.Select(e => e.Timestamp));
            var replay = HistoryReplayer.Replay(h.Options, read);
            Assert.True(replay.IsConsistent, replay.Divergence);
        }

        // A continue-as-new event lives in the history of the execution it ended; DTFx's own events cover it too.
        var continued = new ContinueAsNewEvent(5, "\"next\"") { Timestamp = Harness.Start.UtcDateTime };
        var back = Assert.IsType<ContinueAsNewEvent>(Assert.Single(HistoryReplayer.Deserialize(HistoryReplayer.Serialize([continued]))));
        Assert.Equal("\"next\"", back.Result);
        Assert.Equal(5, back.EventId);
    }

    /// <summary>LongTimer changed to wait on an event after its timer: a completed recording no longer completes.</summary>
    private sealed class WaitsLonger : TaskOrchestrator<int, DateTime[]>
    {
        public override async Task<DateTime[]> RunAsync(TaskOrchestrationContext context, int input)
        {
            var before = context.CurrentUtcDateTime;
            await context.CreateTimer(before.AddDays(input), CancellationToken.None);
            await context.WaitForExternalEvent<string>("more");
            return [before, context.CurrentUtcDateTime];
        }
    }
}
