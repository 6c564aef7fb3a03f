using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Workflows.Durable;
using Workflows.Host.Hosting;
using Workflows.Host.Tests.CustomHandler;
using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>serve's minute timer runs the same housekeeping as the Functions timer trigger.</summary>
[Collection("azurite")]
public sealed class MinuteTimerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Each_minute_the_timer_hands_due_durable_timers_to_their_instances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 30, TimeSpan.Zero));
        await using var handler = await HandlerHost.StartAsync(azurite.ConnectionString, registry => registry
            .AddOrchestratorFunc<string, string>("Nap", async (ctx, input) =>
            {
                await ctx.CreateTimer(TimeSpan.FromMinutes(10), CancellationToken.None);
                return input;
            }), clock);
        string id = await handler.Hub.CreateClient().ScheduleNewOrchestrationInstanceAsync("Nap", "klaar");
        await handler.DriveUntilIdleAsync();
        var housekeeping = handler.Services.GetRequiredService<Housekeeping>();
        using var timer = new MinuteTimer(housekeeping, clock, NullLogger<MinuteTimer>.Instance);
        await timer.StartAsync(CancellationToken.None);

        bool fired = false;
        for (int minute = 0; minute < 200 && !fired; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
            fired = (await handler.ControlQueue.PeekMessagesAsync(1)).Value.Length > 0;
        }

        await timer.StopAsync(CancellationToken.None);
        var done = await handler.DriveAsync(id);

        Assert.True(fired, "the minute timer never fired the due durable timer");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("klaar", done.ReadOutputAs<string>());
    }
}
