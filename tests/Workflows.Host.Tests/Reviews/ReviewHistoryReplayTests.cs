using Azure.Data.Tables;
using Workflows.Durable;
using Workflows.Host.Reviews;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Tests.Reviews;

/// <summary>A recorded year of a bestuur talk (invitation, reminder, the mbo side declining, the talk moved, held) replays with today's code.</summary>
public sealed class ReviewHistoryReplayTests
{
    [Fact]
    public void Recorded_year_replays_with_the_current_code()
    {
        var result = OrchestrationReplayer.Replay(Registry(), Read());

        Assert.True(result.IsDeterministic, result.Divergence);
        Assert.Equal(OrchestrationRuntimeStatus.Running, result.Status);
    }

    [Fact]
    public void A_talk_that_no_longer_evaluates_the_answers_would_break_the_recorded_run()
    {
        var changed = new DurableTaskRegistry()
            .AddOrchestratorFunc<ReviewInput, string>(ReviewActivityNames.Orchestrator, async (ctx, input) =>
            {
                await ctx.CallActivityAsync<int>(ReviewActivityNames.Remind, input);
                return "changed";
            });

        var result = OrchestrationReplayer.Replay(changed, Read());

        Assert.False(result.IsDeterministic);
        Assert.Contains("CallActivity('ReviewRemindNonResponders')", result.Divergence, StringComparison.Ordinal);
    }

    private static string Read() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reviews", "Histories", "convenant-review.v1.json"));

    private static DurableTaskRegistry Registry()
    {
        var tables = new TableServiceClient("UseDevelopmentStorage=true");
        var gateway = new OutboxGateway(new OutboxOptions(Path.Combine(Path.GetTempPath(), "replay-outbox-unused"), tables));
        return ReviewWorkflows.Register(new DurableTaskRegistry(), new ReviewServices(gateway, tables));
    }
}
