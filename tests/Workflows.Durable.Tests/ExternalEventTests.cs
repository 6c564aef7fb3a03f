using Workflows.Testing;

namespace Workflows.Durable.Tests;

public sealed class ExternalEventTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestratorFunc<int, string[]>("Collect", async (ctx, count) =>
        {
            var answers = new List<string>();
            for (int i = 0; i < count; i++)
            {
                answers.Add(await ctx.WaitForExternalEvent<string>("rsvp"));
            }

            return [.. answers];
        })
        .AddOrchestratorFunc<string, string>("Deadline", async (ctx, _) =>
        {
            try
            {
                return await ctx.WaitForExternalEvent<string>("rsvp", TimeSpan.FromDays(10));
            }
            catch (TaskCanceledException)
            {
                return "geen antwoord";
            }
        })
        .AddOrchestratorFunc<string, string>("LateWaiter", async (ctx, _) =>
        {
            await ctx.CreateTimer(TimeSpan.FromMilliseconds(300), CancellationToken.None);
            return await ctx.WaitForExternalEvent<string>("early");
        });

    [Fact]
    public async Task Events_are_delivered_in_the_order_they_were_raised()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Collect", 5);

        foreach (string answer in new[] { "a", "b", "c", "d", "e" })
        {
            await engine.Client.RaiseEventAsync(id, "rsvp", answer);
        }

        var result = await engine.WaitAsync(id);
        Assert.Equal(["a", "b", "c", "d", "e"], result.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task Event_raised_before_the_orchestrator_waits_is_buffered()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("LateWaiter");

        await engine.Client.RaiseEventAsync(id, "early", "er al");

        Assert.Equal("er al", (await engine.WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Wait_with_timeout_throws_TaskCanceledException_when_the_timer_wins()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, Register, clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Deadline");
        await TimerTests.WaitForArmedTimerAsync(engine.Hub);

        clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal("geen antwoord", (await engine.WaitAsync(id, TimeSpan.FromSeconds(10))).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Wait_with_timeout_returns_the_event_when_it_arrives_first()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, Register, clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Deadline");
        await TimerTests.WaitForArmedTimerAsync(engine.Hub);

        await engine.Client.RaiseEventAsync(id, "rsvp", "ja");

        Assert.Equal("ja", (await engine.WaitAsync(id, TimeSpan.FromSeconds(10))).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Redelivered_event_message_is_applied_once()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, Register);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Collect", 2);
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        // The same queue message twice (at-least-once delivery), then a distinct second event.
        var raised = new History.EventRaised("rsvp", "\"eerste\"", "msg-1") { At = DateTimeOffset.UtcNow };
        var message = new Storage.ControlMessage(id, null, raised, "msg-1");
        await engine.Hub.Transport.SendControlAsync(message, CancellationToken.None);
        await engine.Hub.Transport.SendControlAsync(message, CancellationToken.None);
        await engine.WaitForHistoryAsync(id, h => h.Any(e => e.EventType == "EventRaised"));
        await Task.Delay(500);
        await engine.Client.RaiseEventAsync(id, "rsvp", "tweede");

        var result = await engine.WaitAsync(id);
        Assert.Equal(["eerste", "tweede"], result.ReadOutputAs<string[]>()!);
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Equal(2, history.Count(e => e.EventType == "EventRaised"));
    }
}
