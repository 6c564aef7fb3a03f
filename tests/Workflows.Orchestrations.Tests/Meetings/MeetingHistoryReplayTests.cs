using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Runtime.Replay;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>The meeting cycle's recorded histories replay with today's code (Histories/README.md).</summary>
public sealed class MeetingHistoryReplayTests
{
    public static TheoryData<string> Recorded() => HistoryRecorder.Files("Meetings");

    [Theory]
    [MemberData(nameof(Recorded))]
    public void A_recorded_meeting_cycle_replays_clean_against_todays_orchestrator(string file)
    {
        var result = HistoryReplayer.Replay(Replay.Options, HistoryRecorder.Read("Meetings", file));

        Assert.True(result.IsConsistent, result.Divergence);
    }

    [Fact]
    public void A_cycle_that_asks_the_chair_before_planning_would_break_the_recorded_runs()
    {
        var recorded = HistoryRecorder.Read("Meetings", "meeting-cycle.invited-reminded-confirmed-held.v1.json");

        var result = HistoryReplayer.Replay(new AgendaFirstCycle(), MeetingActivityNames.Orchestrator, recorded, WorkflowJson.Converter);

        Assert.False(result.IsConsistent);
        Assert.Contains("NonDeterministic", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(MeetingActivityNames.Plan, result.Divergence, StringComparison.Ordinal);
    }

    /// <summary>A lookalike of the cycle after a careless change: it asks the chair for agenda items before planning.</summary>
    private sealed class AgendaFirstCycle : TaskOrchestrator<MeetingCycleInput, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, MeetingCycleInput input)
        {
            await context.CallActivityAsync<bool>(MeetingActivityNames.RequestAgenda, input);
            await context.CallActivityAsync<OccurrencePlan>(
                MeetingActivityNames.Plan, new PlanInput(input.Series, input.After, [], context.CurrentUtcDateTime));
            return "changed";
        }
    }
}
