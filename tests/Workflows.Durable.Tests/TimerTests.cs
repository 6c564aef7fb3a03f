using System.Diagnostics;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

public sealed class TimerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Months_long_timer_fires_when_the_fake_clock_is_advanced_without_real_waiting()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<int, string>("Wait", async (ctx, days) =>
            {
                var start = ctx.CurrentUtcDateTime;
                await ctx.CreateTimer(TimeSpan.FromDays(days), CancellationToken.None);
                return $"{(ctx.CurrentUtcDateTime - start).TotalDays:0}";
            }), clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Wait", 120);
        await engine.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var due = await WaitForArmedTimerAsync(engine.Hub);

        var watch = Stopwatch.StartNew();
        clock.Advance(TimeSpan.FromDays(119));
        await Task.Delay(300);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await engine.Client.GetInstanceAsync(id))!.RuntimeStatus);
        clock.Advance(TimeSpan.FromDays(1));
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(clock.Start.AddDays(120), due);
        Assert.Equal("120", result.ReadOutputAs<string>());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Timer_on_the_real_clock_fires_close_to_its_due_time()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<int, DateTime>("Short", async (ctx, ms) =>
            {
                await ctx.CreateTimer(TimeSpan.FromMilliseconds(ms), CancellationToken.None);
                return ctx.CurrentUtcDateTime;
            }));
        var before = DateTime.UtcNow;

        var result = await engine.RunAsync("Short", 1500);

        var firedAt = result.ReadOutputAs<DateTime>();
        Assert.InRange(firedAt - before, TimeSpan.FromMilliseconds(1400), TimeSpan.FromSeconds(10));
        Assert.InRange(DateTime.UtcNow - before, TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Cancelled_timer_is_abandoned_and_its_later_fire_ignored()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, string>("Race", async (ctx, _) =>
            {
                using var cts = new CancellationTokenSource();
                var timer = ctx.CreateTimer(TimeSpan.FromDays(7), cts.Token);
                var answer = ctx.WaitForExternalEvent<string>("rsvp");
                var winner = await Task.WhenAny(timer, answer);
                if (winner == answer)
                {
                    cts.Cancel();
                }

                string first = winner == answer ? await answer : "timeout";
                await ctx.CreateTimer(TimeSpan.FromDays(14), CancellationToken.None);
                return first;
            }), clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Race");
        await WaitForArmedTimerAsync(engine.Hub);

        await engine.Client.RaiseEventAsync(id, "rsvp", "accepted");
        await engine.WaitForHistoryAsync(id, h => h.Count(e => e.EventType == "TimerCreated") == 2);
        clock.Advance(TimeSpan.FromDays(7));
        await Task.Delay(300);
        clock.Advance(TimeSpan.FromDays(8));
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("accepted", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Scheduled_start_waits_for_its_time()
    {
        var clock = EngineHarness.FakeClock();
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, DateTime>("Later", (ctx, _) => Task.FromResult(ctx.CurrentUtcDateTime)), clock);
        var startAt = clock.GetUtcNow().AddDays(30);

        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Later", null, new StartOrchestrationOptions(StartAt: startAt));
        await Task.Delay(500);
        var pending = await engine.Client.GetInstanceAsync(id);
        clock.Advance(TimeSpan.FromDays(30));
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending!.RuntimeStatus);
        Assert.Equal(startAt.UtcDateTime, result.ReadOutputAs<DateTime>());
    }

    internal static async Task<DateTimeOffset> WaitForArmedTimerAsync(DurableTaskHub hub)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await hub.GetNextTimerDueAsync(cts.Token) is { } due)
            {
                return due;
            }

            await Task.Delay(20, cts.Token);
        }
    }
}
