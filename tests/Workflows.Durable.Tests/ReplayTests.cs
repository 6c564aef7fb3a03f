using Microsoft.Extensions.Logging;
using Workflows.Durable.History;
using Workflows.Durable.Replay;

namespace Workflows.Durable.Tests;

/// <summary>Replay semantics and the determinism rules of the engine README, each rule enforced by a test.</summary>
public sealed class ReplayTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Changed_activity_order_is_reported_with_orchestration_step_expected_and_actual()
    {
        var v1 = Orchestrator(async ctx =>
        {
            await ctx.CallActivityAsync<string>("InviteMembers");
            return await ctx.CallActivityAsync<string>("RemindChair");
        });
        var driver = new InMemoryDriver(v1, (name, _) => DurableJson.Serialize(name));
        driver.Run("MeetingCycle", null, Start);

        var v2 = Orchestrator(async ctx =>
        {
            await ctx.CallActivityAsync<string>("InviteMembers");
            return await ctx.CallActivityAsync<string>("CancelMeeting");
        });
        var outcome = OrchestrationExecutor.Execute(v2, "i", driver.History.Where(e => e is not ExecutionCompleted).ToList(), [new OrchestratorStarted { At = Start }], NullLoggerFactoryInstance);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, outcome.Completion!.Status);
        Assert.Equal(NonDeterminismException.ErrorType, outcome.Completion.Failure!.ErrorType);
        Assert.Equal(
            "Non-deterministic orchestration 'MeetingCycle' at step #1: history recorded CallActivity('RemindChair') but the code now does CallActivity('CancelMeeting').",
            outcome.Completion.Failure.ErrorMessage);
    }

    [Fact]
    public void Removed_step_is_reported_as_missing()
    {
        var v1 = Orchestrator(async ctx =>
        {
            await ctx.CallActivityAsync<string>("A");
            await ctx.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
            return await ctx.CallActivityAsync<string>("B");
        });
        var driver = new InMemoryDriver(v1, (name, _) => DurableJson.Serialize(name));
        driver.Run("Cycle", null, Start);
        var v2 = Orchestrator(async ctx =>
        {
            await ctx.CallActivityAsync<string>("A");
            return await ctx.CallActivityAsync<string>("B");
        });

        var outcome = OrchestrationExecutor.Execute(v2, "i", driver.History.Where(e => e is not ExecutionCompleted).ToList(), [], NullLoggerFactoryInstance);

        Assert.Contains("at step #1", outcome.Completion!.Failure!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("CreateTimer", outcome.Completion.Failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_time_comes_from_CurrentUtcDateTime_which_replays_the_turn_time()
    {
        var inputs = new List<string?>();
        var orchestrator = Orchestrator(async ctx =>
        {
            var first = ctx.CurrentUtcDateTime;
            await ctx.CallActivityAsync<string>("Record", first);
            await ctx.CreateTimer(TimeSpan.FromDays(60), CancellationToken.None);
            await ctx.CallActivityAsync<string>("Record", ctx.CurrentUtcDateTime);
            return DurableJson.Serialize(first)!;
        });
        var driver = new InMemoryDriver(orchestrator, (_, input) =>
        {
            inputs.Add(input);
            return null;
        });

        var outcome = driver.Run("Clock", null, Start);

        Assert.Equal(DurableJson.Serialize(DurableJson.Serialize(Start.UtcDateTime)), outcome.Completion!.Output);
        Assert.Equal(DurableJson.Serialize(Start.UtcDateTime), inputs[0]);
        Assert.Equal(DurableJson.Serialize(Start.AddMinutes(1).AddDays(60).UtcDateTime), inputs[1]);
    }

    [Fact]
    public void Rule_guids_come_from_NewGuid_which_is_stable_across_replays()
    {
        var seen = new List<string?>();
        var orchestrator = Orchestrator(async ctx =>
        {
            var id = ctx.NewGuid();
            await ctx.CallActivityAsync<string>("Record", id);
            await ctx.CallActivityAsync<string>("Record", ctx.NewGuid());
            return id.ToString();
        });
        var driver = new InMemoryDriver(orchestrator, (_, input) =>
        {
            seen.Add(input);
            return null;
        });

        var outcome = driver.Run("Guids", null, Start);

        Assert.Equal(DurableJson.Serialize(DurableJson.Deserialize<Guid>(seen[0]).ToString()), outcome.Completion!.Output);
        Assert.NotEqual(seen[0], seen[1]);
        Assert.True(driver.Turns >= 3);
    }

    [Fact]
    public void Rule_no_Task_Run_in_orchestrators_is_enforced()
    {
        var orchestrator = Orchestrator(async ctx => await Task.Run(() => ctx.CallActivityAsync<string>("Escaped")));

        var outcome = new InMemoryDriver(orchestrator, (_, _) => null).Run("Escapes", null, Start);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, outcome.Completion!.Status);
        Assert.Equal(NonDeterminismException.ErrorType, outcome.Completion.Failure!.ErrorType);
    }

    [Fact]
    public void Rule_only_durable_tasks_are_awaited_is_enforced()
    {
        var orchestrator = Orchestrator(async ctx =>
        {
            await Task.Delay(10).ConfigureAwait(false);
            return await ctx.CallActivityAsync<string>("AfterRealDelay");
        });

        var outcome = new InMemoryDriver(orchestrator, (_, _) => null).Run("Escapes", null, Start);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, outcome.Completion!.Status);
        Assert.Contains("not a durable task", outcome.Completion.Failure!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_logging_goes_through_the_replay_safe_logger_which_logs_each_step_once()
    {
        var sink = new CountingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(sink));
        var orchestrator = Orchestrator(async ctx =>
        {
            var log = ctx.CreateReplaySafeLogger("Cycle");
            for (int i = 0; i < 3; i++)
            {
                await ctx.CallActivityAsync<string>("Step", i);
#pragma warning disable CA1848, CA2254 // A test of the logger itself.
                log.LogInformation("stap {Step}", i);
#pragma warning restore CA1848, CA2254
            }

            return "klaar";
        });

        var driver = new InMemoryDriver(orchestrator, (_, _) => null, factory);
        driver.Run("Logs", null, Start);

        Assert.Equal(["stap 0", "stap 1", "stap 2"], sink.Messages);
        Assert.Equal(4, driver.Turns);
    }

    [Fact]
    public void Replay_delivers_recorded_results_without_running_activities_again()
    {
        int calls = 0;
        var orchestrator = Orchestrator(async ctx => await ctx.CallActivityAsync<string>("Once") + await ctx.CallActivityAsync<string>("Twice"));
        var driver = new InMemoryDriver(orchestrator, (name, _) =>
        {
            calls++;
            return DurableJson.Serialize(name);
        });

        var outcome = driver.Run("Replays", null, Start);

        Assert.Equal("\"OnceTwice\"", outcome.Completion!.Output);
        Assert.Equal(2, calls);
    }

    private static readonly Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory NullLoggerFactoryInstance = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;

    internal static ITaskOrchestrator Orchestrator(Func<TaskOrchestrationContext, Task<string>> body)
    {
        var registry = new DurableTaskRegistry().AddOrchestratorFunc<string?, string>("x", (ctx, _) => body(ctx));
        registry.TryCreateOrchestrator("x", EmptyServiceProvider.Instance, out var orchestrator);
        return orchestrator;
    }


    private sealed class CountingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Sink(Messages);

        public void Dispose()
        {
        }

        private sealed class Sink(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => messages.Add(formatter(state, exception));
        }
    }
}
