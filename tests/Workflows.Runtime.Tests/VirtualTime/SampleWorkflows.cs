using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Workflows.Runtime.Tests.VirtualTime;

/// <summary>What the sample activities did, in order, with the virtual time they saw.</summary>
public sealed class CallLog(TimeProvider clock)
{
    private readonly ConcurrentQueue<(string Call, DateTimeOffset At)> _calls = new();

    public void Add(string call) => _calls.Enqueue((call, clock.GetUtcNow()));

    public IReadOnlyList<(string Call, DateTimeOffset At)> Calls => [.. _calls];

    public int Count(string call) => _calls.Count(c => c.Call == call);
}

public static class Samples
{
    public const string Greet = "Greet";
    public const string Farewell = "Farewell";
    public const string Flaky = "Flaky";
    public const string Fail = "Fail";

    public static DurableTaskRegistry Registry() => new DurableTaskRegistry()
        .AddOrchestrator<LongTimer>(nameof(LongTimer))
        .AddOrchestrator<GreetOne>(nameof(GreetOne))
        .AddOrchestrator<RetryFlaky>(nameof(RetryFlaky))
        .AddOrchestrator<CatchFailure>(nameof(CatchFailure))
        .AddOrchestrator<Crash>(nameof(Crash))
        .AddOrchestrator<WaitForApproval>(nameof(WaitForApproval))
        .AddOrchestrator<DelayThenApproval>(nameof(DelayThenApproval))
        .AddOrchestrator<CountDays>(nameof(CountDays))
        .AddOrchestrator<CountTicks>(nameof(CountTicks))
        .AddOrchestrator<Parent>(nameof(Parent))
        .AddOrchestrator<Everything>(nameof(Everything))
        .AddActivity<GreetActivity>(Greet)
        .AddActivity<FarewellActivity>(Farewell)
        .AddActivity<FlakyActivity>(Flaky)
        .AddActivity<FailActivity>(Fail);
}

/// <summary>Waits <c>days</c> days on a durable timer; returns the virtual times before and after.</summary>
public sealed class LongTimer : TaskOrchestrator<int, DateTime[]>
{
    public override async Task<DateTime[]> RunAsync(TaskOrchestrationContext context, int input)
    {
        var before = context.CurrentUtcDateTime;
        await context.CreateTimer(before.AddDays(input), CancellationToken.None);
        return [before, context.CurrentUtcDateTime];
    }
}

public sealed class GreetOne : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => context.CallActivityAsync<string>(Samples.Greet, input);
}

/// <summary>The same as <see cref="GreetOne"/> but calling another activity: not replay-compatible with it.</summary>
public sealed class GreetOneChanged : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => context.CallActivityAsync<string>(Samples.Farewell, input);
}

public sealed class RetryFlaky : TaskOrchestrator<int, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, int input)
        => context.CallActivityAsync<string>(
            Samples.Flaky,
            input,
            TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromHours(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromDays(1))));
}

/// <summary>Catches an activity's failure and returns its details.</summary>
public sealed class CatchFailure : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            await context.CallActivityAsync(Samples.Fail, input);
            return "no failure";
        }
        catch (TaskFailedException e)
        {
            return $"{e.FailureDetails.ErrorType}|{e.FailureDetails.ErrorMessage}";
        }
    }
}

public sealed class Crash : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => throw new InvalidOperationException("The orchestrator gave up: " + input);
}

public sealed class WaitForApproval : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus("waiting");
        string decision = await context.WaitForExternalEvent<string>("approval");
        return $"{input}:{decision}";
    }
}

/// <summary>Waits a day before listening: an event raised earlier is buffered until then.</summary>
public sealed class DelayThenApproval : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
        string decision = await context.WaitForExternalEvent<string>("approval");
        return $"{input}:{decision}@{context.CurrentUtcDateTime:yyyy-MM-dd}";
    }
}

/// <summary>One execution per day until the count reaches 3 (continue-as-new).</summary>
public sealed class CountDays : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input >= 3)
        {
            return input;
        }

        await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
        context.ContinueAsNew(input + 1);
        return input;
    }
}

/// <summary>One execution per "tick" event (continue-as-new keeps the unprocessed ones).</summary>
public sealed class CountTicks : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input >= 2)
        {
            return input;
        }

        await context.WaitForExternalEvent<int>("tick");
        context.ContinueAsNew(input + 1, preserveUnprocessedEvents: true);
        return input;
    }
}

public sealed class Parent : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        string child = await context.CallSubOrchestratorAsync<string>(
            nameof(GreetOne), input, new SubOrchestrationOptions { InstanceId = context.InstanceId + "-child" });
        return "parent of " + child;
    }
}

/// <summary>Produces most kinds of history event: activities (failed and completed), timers, events sent and raised, a sub-orchestration.</summary>
public sealed class Everything : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        string greeting = await context.CallActivityAsync<string>(Samples.Greet, input);
        string caught;
        try
        {
            await context.CallActivityAsync(Samples.Fail, input);
            caught = "none";
        }
        catch (TaskFailedException e)
        {
            caught = e.FailureDetails.ErrorType;
        }

        await context.CreateTimer(TimeSpan.FromHours(2), CancellationToken.None);
        context.SendEvent(context.InstanceId + "-peer", "note", greeting);
        string child = await context.CallSubOrchestratorAsync<string>(
            nameof(GreetOne), input, new SubOrchestrationOptions { InstanceId = context.InstanceId + "-child" });
        string approval = await context.WaitForExternalEvent<string>("approval");
        return string.Join('|', greeting, caught, child, approval);
    }
}

public sealed class GreetActivity(CallLog log) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        log.Add($"{Samples.Greet}:{input}");
        return Task.FromResult($"Hello {input}");
    }
}

public sealed class FarewellActivity(CallLog log) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        log.Add($"{Samples.Farewell}:{input}");
        return Task.FromResult($"Bye {input}");
    }
}

/// <summary>Fails until it has been called <c>input</c> times.</summary>
public sealed class FlakyActivity(CallLog log) : TaskActivity<int, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, int input)
    {
        log.Add(Samples.Flaky);
        int attempt = log.Count(Samples.Flaky);
        return attempt < input
            ? throw new InvalidOperationException($"Attempt {attempt} failed.")
            : Task.FromResult($"succeeded on attempt {attempt}");
    }
}

public sealed class FailActivity(CallLog log) : TaskActivity<string, object?>
{
    public override Task<object?> RunAsync(TaskActivityContext context, string input)
    {
        log.Add(Samples.Fail);
        throw new InvalidOperationException("The activity failed for " + input);
    }
}
