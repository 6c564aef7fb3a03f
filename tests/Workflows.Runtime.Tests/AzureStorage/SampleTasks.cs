using System.Globalization;
using Microsoft.DurableTask;

namespace Workflows.Runtime.Tests.AzureStorage;

// Small Microsoft.DurableTask orchestrators and activities that exercise one provider feature each.

public sealed record AppendInput(string Text, string Suffix);

public sealed record ChainProgress(int Step, string Text);

public sealed record Approval(string By, int Level);

/// <summary>Appends a suffix: the activity every chain calls.</summary>
public sealed class Append : TaskActivity<AppendInput, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, AppendInput input) =>
        Task.FromResult(input.Text + input.Suffix);
}

/// <summary>Three activities one after another, reporting progress in its custom status.</summary>
public sealed class Chain : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var text = input;
        string[] suffixes = ["-a", "-b", "-c"];
        for (var i = 0; i < suffixes.Length; i++)
        {
            text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(text, suffixes[i]));
            context.SetCustomStatus(new ChainProgress(i + 1, text));
        }

        return text;
    }
}

/// <summary>Waits on a durable timer for the given number of seconds.</summary>
public sealed class Sleep : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input), CancellationToken.None);
        return "woke";
    }
}

/// <summary>Waits for an "approve" event and returns it.</summary>
public sealed class AwaitApproval : TaskOrchestrator<string, Approval>
{
    public const string EventName = "approve";

    public override async Task<Approval> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus("waiting");
        return await context.WaitForExternalEvent<Approval>(EventName);
    }
}

/// <summary>An activity that always fails.</summary>
public sealed class Boom : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        throw new InvalidOperationException("boom: " + input);
}

/// <summary>Calls <see cref="Boom"/>; with input true it catches the failure and returns what it learned.</summary>
public sealed class Explode : TaskOrchestrator<bool, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, bool input)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(Boom), "x");
        }
        catch (TaskFailedException e) when (input)
        {
            return $"{e.FailureDetails.ErrorType}|{e.FailureDetails.ErrorMessage}";
        }
    }
}

/// <summary>Calls one activity per execution and continues as new once.</summary>
public sealed class CountUp : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var step = new AppendInput("n", input.ToString(CultureInfo.InvariantCulture));
        await context.CallActivityAsync<string>(nameof(Append), step);
        if (input < 1)
        {
            context.ContinueAsNew(input + 1);
        }

        return input;
    }
}
