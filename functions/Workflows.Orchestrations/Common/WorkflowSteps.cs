using System.Text;
using Microsoft.DurableTask;
using Workflows.Partnerships.Limits;

namespace Workflows.Orchestrations;

/// <summary>
/// How every workflow runs its side-effect steps: with <see cref="WorkflowRetry.Default"/>, and when a step still
/// fails after its retries the failure is recorded on the timeline, the coordinators get one notice, and the workflow
/// goes on with its next step. One bad step (a mailbox that refuses, a text the timeline cannot hold) never ends a
/// series, a round or a convenant's talks.
/// </summary>
/// <remarks>
/// Replay-safe for recorded histories: a step that succeeds schedules exactly what a plain
/// <c>CallActivityAsync</c> did; only a failure adds the report, which no recorded history reaches.
/// </remarks>
internal static class WorkflowSteps
{
    /// <summary>The longest error message recorded and mailed: enough to see what went wrong, never a whole dump.</summary>
    public const int ReasonLength = 300;

    /// <summary>Runs <paramref name="activity"/>; false when it failed for good (reported, the workflow goes on).</summary>
    public static async Task<bool> RunAsync(TaskOrchestrationContext context, StepAudience audience, string activity, IStepInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.CallActivityAsync(activity, input, WorkflowRetry.Default);
            return true;
        }
        catch (TaskFailedException e)
        {
            await ReportAsync(context, audience, activity, e);
            return false;
        }
    }

    /// <summary>Runs <paramref name="activity"/> for its result; null when it failed for good (reported, the workflow goes on).</summary>
    public static async Task<T?> RunAsync<T>(TaskOrchestrationContext context, StepAudience audience, string activity, IStepInput input)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await context.CallActivityAsync<T>(activity, input, WorkflowRetry.Default);
        }
        catch (TaskFailedException e)
        {
            await ReportAsync(context, audience, activity, e);
            return null;
        }
    }

    /// <summary>One line, no control characters, at most <paramref name="max"/> characters (an ellipsis marks a cut).</summary>
    public static string OneLine(string? text, int max)
    {
        var line = new StringBuilder();
        foreach (char c in text ?? string.Empty)
        {
            bool space = char.IsControl(c) || char.IsWhiteSpace(c);
            if (space && (line.Length == 0 || line[^1] == ' '))
            {
                continue;
            }

            line.Append(space ? ' ' : c);
        }

        return TextLimits.Cut(line.ToString().TrimEnd(), max);
    }

    private static async Task ReportAsync(TaskOrchestrationContext context, StepAudience audience, string activity, TaskFailedException failure)
    {
        // The message only: the type and stack trace stay in the worker's log.
        string reason = OneLine(failure.FailureDetails.ErrorMessage, ReasonLength);
        var at = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
        var report = new StepFailedInput(audience, context.InstanceId, activity, reason, at, StepKeys.Next(context));
        try
        {
            await context.CallActivityAsync(WorkflowEvents.ReportStepFailed, report, WorkflowRetry.Default);
        }
        catch (TaskFailedException)
        {
            // Telling failed too (the mail or the timeline is down for good): the worker logged both failures, and the
            // workflow still goes on; ending it would lose far more than one notice.
        }
    }
}
