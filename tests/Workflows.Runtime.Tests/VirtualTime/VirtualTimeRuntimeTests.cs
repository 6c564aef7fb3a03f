using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.Tests.VirtualTime;

public sealed class VirtualTimeRuntimeTests
{
    [Fact]
    public async Task A_60_day_timer_fires_when_the_clock_passes_it_and_the_orchestrator_sees_virtual_time()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 60, h.Token);

        await h.RunUntilAsync(Harness.Start.AddDays(59));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.InstanceAsync(id)).RuntimeStatus);

        await h.RunUntilAsync(Harness.Start.AddDays(61));
        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var times = done.ReadOutputAs<DateTime[]>()!;
        Assert.Equal(Harness.Start.UtcDateTime, times[0]);
        Assert.Equal(Harness.Start.AddDays(60).UtcDateTime, times[1]);
        Assert.Equal(Harness.Start.AddDays(61), h.Clock.GetUtcNow());

        // The shim splits long timers (MaximumTimerInterval 3 days), as on Azure Storage: the last one fires on day 60.
        var history = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        var fired = history.OfType<TimerFiredEvent>().ToList();
        Assert.Equal(20, fired.Count);
        Assert.Equal(Harness.Start.AddDays(60).UtcDateTime, fired[^1].FireAt);
        Assert.Equal(Harness.Start.AddDays(60).UtcDateTime, history.OfType<OrchestratorStartedEvent>().Last().Timestamp);
    }

    [Fact]
    public async Task RunUntil_reports_each_jump_of_the_clock()
    {
        await using var h = await Harness.StartAsync();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 5, h.Token);
        var jumps = new List<DateTimeOffset>();

        await h.Runtime.RunUntilAsync(Harness.Start.AddDays(10), at => { jumps.Add(at); return Task.CompletedTask; }, h.Token);

        Assert.Equal([Harness.Start.AddDays(3), Harness.Start.AddDays(5)], jumps);
        Assert.Null(h.Runtime.NextTimerDue);
    }

    [Fact]
    public async Task An_activity_sees_the_input_and_the_orchestrator_its_output()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Anna", h.Token);

        await h.DrainAsync();

        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hello Anna", done.ReadOutputAs<string>());
        Assert.Equal("Anna", done.ReadInputAs<string>());
        Assert.Equal(["Greet:Anna"], h.Log.Calls.Select(c => c.Call));
    }

    [Fact]
    public async Task A_retry_policy_retries_a_failing_activity_on_virtual_time()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryFlaky), 3, h.Token);

        await h.DrainAsync();
        Assert.Equal(1, h.Log.Count(Samples.Flaky));
        Assert.Equal(Harness.Start.AddHours(1), h.Runtime.NextTimerDue);

        await h.RunUntilAsync(Harness.Start.AddDays(1));

        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("succeeded on attempt 3", done.ReadOutputAs<string>());
        // First retry after 1 hour, the second 2 hours later (backoff 2).
        Assert.Equal(
            [Harness.Start, Harness.Start.AddHours(1), Harness.Start.AddHours(3)],
            h.Log.Calls.Select(c => c.At));
        var failures = (await h.Client.GetOrchestrationHistoryAsync(id, h.Token)).OfType<TaskFailedEvent>().ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal(typeof(InvalidOperationException).FullName, f.FailureDetails!.ErrorType));
    }

    [Fact]
    public async Task An_activity_failure_reaches_the_orchestrator_with_failure_details()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CatchFailure), "Bert", h.Token);

        await h.DrainAsync();

        var done = await h.InstanceAsync(id);
        Assert.Equal("System.InvalidOperationException|The activity failed for Bert", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_failing_orchestrator_fails_its_instance_and_the_runtime_goes_on()
    {
        await using var h = await Harness.StartAsync();
        string crashed = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Crash), "x", h.Token);
        string unknown = await h.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator", "x", h.Token);
        string fine = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Carla", h.Token);

        await h.DrainAsync();

        var failed = await h.InstanceAsync(crashed);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        Assert.Equal(typeof(InvalidOperationException).FullName, failed.FailureDetails!.ErrorType);
        Assert.Equal("The orchestrator gave up: x", failed.FailureDetails.ErrorMessage);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await h.InstanceAsync(unknown)).RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.InstanceAsync(fine)).RuntimeStatus);
    }

    [Fact]
    public async Task Drain_after_raising_an_event_shows_its_effect()
    {
        await using var h = await Harness.StartAsync();
        for (int i = 0; i < 25; i++)
        {
            string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), $"r{i}", h.Token);
            await h.DrainAsync();
            Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.InstanceAsync(id)).RuntimeStatus);

            await h.Client.RaiseEventAsync(id, "approval", "yes", h.Token);
            await h.DrainAsync();

            var done = await h.InstanceAsync(id);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
            Assert.Equal($"r{i}:yes", done.ReadOutputAs<string>());
        }
    }

    [Fact]
    public async Task With_two_deliveries_every_activity_runs_twice_and_the_result_counts_once()
    {
        await using var h = await Harness.StartAsync(activityDeliveries: 2);
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Dirk", h.Token);

        await h.DrainAsync();

        Assert.Equal(2, h.Log.Count("Greet:Dirk"));
        Assert.Equal("Hello Dirk", (await h.InstanceAsync(id)).ReadOutputAs<string>());
        var history = await h.Client.GetOrchestrationHistoryAsync(id, h.Token);
        Assert.Single(history.OfType<TaskCompletedEvent>());
    }

    [Fact]
    public async Task Work_scheduled_before_start_waits_for_it()
    {
        await using var h = await Harness.StartAsync(start: false);
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOne), "Eva", h.Token);

        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.InstanceAsync(id)).RuntimeStatus);
        Assert.Empty(h.Log.Calls);

        await h.Runtime.StartAsync(h.Token);
        await h.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.InstanceAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task Stop_and_start_keep_instances_and_timers()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(DelayThenApproval), "Fem", h.Token);
        await h.DrainAsync();

        await h.Runtime.StopAsync(h.Token);
        await h.Client.RaiseEventAsync(id, "approval", "later", h.Token);
        await h.RunUntilAsync(Harness.Start.AddDays(2));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.InstanceAsync(id)).RuntimeStatus);

        await h.Runtime.StartAsync(h.Token);
        await h.DrainAsync();

        var done = await h.InstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        // The timer fired once the runtime ran again, at the clock's time then.
        Assert.Equal("Fem:later@2026-09-03", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_sub_orchestration_returns_its_result_to_the_parent()
    {
        await using var h = await Harness.StartAsync();
        string id = await h.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Parent), "Gijs", new StartOrchestrationOptions("family"), h.Token);

        await h.DrainAsync();

        Assert.Equal("parent of Hello Gijs", (await h.InstanceAsync(id)).ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.InstanceAsync("family-child")).RuntimeStatus);
    }
}
