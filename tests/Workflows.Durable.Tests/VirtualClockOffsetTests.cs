using Microsoft.Extensions.Time.Testing;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>
/// A virtual clock set with local offsets (the simulator's Europe/Amsterdam times) and then with the UTC values the
/// timer index hands out. <see cref="FakeTimeProvider"/> schedules its own timers by the wall-clock ticks of the
/// offset it was last set with, so such a switch makes them fire hours late or never; the engine must not depend
/// on them to notice that a durable timer became due.
/// </summary>
public sealed class VirtualClockOffsetTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly TimeSpan Amsterdam = TimeSpan.FromHours(2);

    [Fact]
    public async Task Retry_timer_of_a_failed_activity_fires_when_the_clock_moves_from_a_local_offset_to_its_utc_due_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 22, 14, 0, 0, Amsterdam));
        int attempts = 0;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Deliver", (_, what) =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    throw new InvalidOperationException("transient delivery error after the event was made");
                }

                return $"{what} delivered";
            })
            .AddOrchestratorFunc<string, string>("InviteLater", async (ctx, what) =>
            {
                await ctx.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                string go = await ctx.WaitForExternalEvent<string>("go");
                var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromMinutes(1)));
                return await ctx.CallActivityAsync<string>("Deliver", $"{what} {go}", retry);
            }), clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("InviteLater", "invitation");

        // The first step's time, as the simulator reads it from a custom status: local, +02:00.
        var first = await TimerTests.WaitForArmedTimerAsync(engine.Hub);
        clock.SetUtcNow(first.ToOffset(Amsterdam));
        await engine.WaitForHistoryAsync(id, h => h.Any(e => e.EventType == "TimerFired"));
        await engine.Client.RaiseEventAsync(id, "go", "now");
        await engine.WaitForHistoryAsync(id, h => h.Any(e => e.EventType == "TaskFailed"));

        // The retry's time, as the hub's timer index hands it out: UTC.
        var retryDue = await TimerTests.WaitForArmedTimerAsync(engine.Hub);
        Assert.Equal(first.AddMinutes(1), retryDue);
        Assert.Equal(TimeSpan.Zero, retryDue.Offset);

        // Let the pump go to sleep until the retry (as it has when the simulator finds nothing else to do) before the clock moves.
        await Task.Delay(300);
        clock.SetUtcNow(retryDue);
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(20));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("invitation now delivered", result.ReadOutputAs<string>());
        Assert.Equal(2, attempts);
        Assert.Null(await engine.Hub.GetNextTimerDueAsync());
    }

    [Fact]
    public async Task Timer_fires_when_the_clock_is_set_to_its_utc_due_time_after_running_on_a_local_offset()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 22, 14, 0, 0, Amsterdam));
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<int, DateTime>("Wait", async (ctx, minutes) =>
            {
                await ctx.CreateTimer(TimeSpan.FromMinutes(minutes), CancellationToken.None);
                return ctx.CurrentUtcDateTime;
            }), clock);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Wait", 1);

        var due = await TimerTests.WaitForArmedTimerAsync(engine.Hub);
        await Task.Delay(300);
        clock.SetUtcNow(due);
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(20));

        Assert.Equal(new DateTime(2026, 9, 22, 12, 1, 0, DateTimeKind.Utc), result.ReadOutputAs<DateTime>());
    }
}
