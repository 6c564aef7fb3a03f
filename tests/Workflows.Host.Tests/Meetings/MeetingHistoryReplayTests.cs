using Azure.Data.Tables;
using Workflows.Durable;
using Workflows.Host.Meetings;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Tests.Meetings;

/// <summary>Recorded runs of the meeting cycle replay with today's code (see Histories/README.md).</summary>
public sealed class MeetingHistoryReplayTests
{
    public static TheoryData<string> Recorded()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Meetings", "Histories"), "*.json").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Recorded))]
    public void Recorded_history_replays_with_the_current_code(string file)
    {
        var result = OrchestrationReplayer.Replay(Registry(), Read(file));

        Assert.True(result.IsDeterministic, result.Divergence);
        Assert.Equal(OrchestrationRuntimeStatus.Running, result.Status);
    }

    [Fact]
    public void A_cycle_that_skipped_the_agenda_request_would_break_the_recorded_runs()
    {
        var changed = new DurableTaskRegistry()
            .AddOrchestratorFunc<MeetingCycleInput, string>(MeetingActivityNames.Orchestrator, async (ctx, input) =>
            {
                await ctx.CallActivityAsync<OccurrencePlan>(MeetingActivityNames.Plan, input);
                await ctx.CallActivityAsync<InvitationResult>(MeetingActivityNames.Invite, input);
                return "changed";
            });

        var result = OrchestrationReplayer.Replay(changed, Read("meeting-cycle.v1.json"));

        Assert.False(result.IsDeterministic);
        Assert.Contains("at step #1", result.Divergence, StringComparison.Ordinal);
        Assert.Contains("CallActivity('MeetingInvite')", result.Divergence, StringComparison.Ordinal);
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Meetings", "Histories", file));

    // Replay runs the orchestrator only; activities are registered as in production but never called.
    private static DurableTaskRegistry Registry()
    {
        var tables = new TableServiceClient("UseDevelopmentStorage=true");
        var gateway = new OutboxGateway(new OutboxOptions(Path.Combine(Path.GetTempPath(), "replay-outbox-unused"), tables));
        return MeetingWorkflows.Register(new DurableTaskRegistry(), new MeetingServices(gateway, tables));
    }
}
