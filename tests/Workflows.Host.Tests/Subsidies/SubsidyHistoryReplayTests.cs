using Azure.Data.Tables;
using Workflows.Durable;
using Workflows.Host.Subsidies;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Tests.Subsidies;

/// <summary>A recorded subsidy round (announcement, an application, a deadline change, a refusal, four reminders, the summary) replays with today's code.</summary>
public sealed class SubsidyHistoryReplayTests
{
    [Fact]
    public void Recorded_round_replays_with_the_current_code()
    {
        var result = OrchestrationReplayer.Replay(Registry(), Read());

        Assert.True(result.IsDeterministic, result.Divergence);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.Status);
        Assert.Equal("\"closed\"", result.Output);
    }

    [Fact]
    public void A_round_that_no_longer_announces_first_would_break_the_recorded_run()
    {
        var changed = new DurableTaskRegistry()
            .AddOrchestratorFunc<SubsidyRoundInput, string>(SubsidyActivityNames.Orchestrator, async (ctx, input) =>
            {
                await ctx.CallActivityAsync<int>(SubsidyActivityNames.Remind, input);
                return "changed";
            });

        var result = OrchestrationReplayer.Replay(changed, Read());

        Assert.False(result.IsDeterministic);
        Assert.Contains("CallActivity('SubsidyRemind')", result.Divergence, StringComparison.Ordinal);
    }

    private static string Read() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Subsidies", "Histories", "subsidy-round.v1.json"));

    // Replay runs the orchestrator only; the activities are registered as in production but never called.
    private static DurableTaskRegistry Registry()
    {
        var tables = new TableServiceClient("UseDevelopmentStorage=true");
        var gateway = new OutboxGateway(new OutboxOptions(Path.Combine(Path.GetTempPath(), "replay-outbox-unused"), tables));
        return SubsidyWorkflows.Register(new DurableTaskRegistry(), new SubsidyServices(gateway, AgreementHarness.Links(TimeProvider.System), tables));
    }
}
