using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>Replay compatibility: recorded histories must replay with today's code (see Histories/README.md).</summary>
public sealed class RecordedHistoryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    public static TheoryData<string> Recorded()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Histories"), "*.json").Order())
        {
            files.Add(Path.GetFileName(file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Recorded))]
    public void Recorded_history_replays_with_the_current_code(string file)
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Histories", file));

        var result = OrchestrationReplayer.Replay(SampleOrchestrations.Register(new DurableTaskRegistry()), json);

        Assert.True(result.IsDeterministic, result.Divergence);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.Status);
    }

    [Fact]
    public void A_changed_step_breaks_replay_of_the_recorded_history()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Histories", "approval-round.v1.json"));
        var changed = new DurableTaskRegistry()
            .AddOrchestratorFunc<string[], string>("ApprovalRound", async (ctx, people) =>
            {
                await ctx.CallActivityAsync<int>("SendReminders", people);
                return "go";
            });

        var result = OrchestrationReplayer.Replay(changed, json);

        Assert.False(result.IsDeterministic);
        Assert.Contains("CallActivity('SendInvitations')", result.Divergence, StringComparison.Ordinal);
        Assert.Contains("CallActivity('SendReminders')", result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_decision_is_caught_even_when_the_steps_match()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Histories", "approval-round.v1.json"));
        var changed = new DurableTaskRegistry()
            .AddOrchestratorFunc<string[], string>("ApprovalRound", async (ctx, people) =>
            {
                int invited = await ctx.CallActivityAsync<int>("SendInvitations", people);
                await ctx.WaitForExternalEvent<string>("answer", TimeSpan.FromDays(14));
                await ctx.WaitForExternalEvent<string>("answer", TimeSpan.FromDays(12));
                try
                {
                    await ctx.WaitForExternalEvent<string>("answer", TimeSpan.FromDays(9));
                }
                catch (TaskCanceledException)
                {
                }

                await ctx.CallActivityAsync<string>("Notify", $"cancel (2/{invited})");
                return "cancel";
            });

        var result = OrchestrationReplayer.Replay(changed, json);

        Assert.False(result.IsDeterministic);
        Assert.Contains("now ends Completed with \"cancel\"", result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engine_fails_an_instance_whose_code_changed_under_it_naming_the_step()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => SampleOrchestrations.Register(r), startWorker: false);
        var v1 = await engine.StartWorkerAsync();
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("ApprovalRound", new[] { "ans" });
        await engine.WaitForHistoryAsync(id, h => h.Any(e => e.EventType == "TimerCreated"));
        await v1.StopAsync(CancellationToken.None);

        var v2Registry = new DurableTaskRegistry()
            .AddActivityFunc<string[], int>("SendInvitationsV2", (_, p) => p.Length)
            .AddOrchestratorFunc<string[], string>("ApprovalRound", async (ctx, people) =>
            {
                await ctx.CallActivityAsync<int>("SendInvitationsV2", people);
                return await ctx.WaitForExternalEvent<string>("answer");
            });
        await using var v2 = engine.Hub.CreateWorker(v2Registry, EngineHarness.FastOptions());
        await v2.StartAsync(CancellationToken.None);
        await engine.Client.RaiseEventAsync(id, "answer", "yes");
        var result = await engine.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal("NonDeterminismError", result.FailureDetails!.ErrorType);
        Assert.Equal(
            "Non-deterministic orchestration 'ApprovalRound' at step #0: history recorded CallActivity('SendInvitations') but the code now does CallActivity('SendInvitationsV2').",
            result.FailureDetails.ErrorMessage);
    }
}
