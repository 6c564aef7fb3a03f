using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// After a verslag is approved: send it to the members, then give the owner of each action item one reminder a few
/// working days before it is due, unless it was reported done by then. Instance id
/// <c>minutes:{partnership}:{series}:{date}</c>, one per occurrence, so approving twice sends nothing twice.
/// </summary>
/// <remarks>
/// Its own short-lived orchestration rather than steps of the meeting cycle: a verslag is written days or weeks after
/// the meeting and reminders fall after the next meeting has begun, while the cycle keeps one occurrence's history and
/// must never wait on a coordinator's typing. A step that fails for good is reported and the next one still runs.
/// </remarks>
internal sealed class MeetingMinutesOrchestrator : TaskOrchestrator<MinutesInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, MinutesInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var audience = MeetingMessages.Audience(input.Series, input.Date);
        context.SetCustomStatus("sending");
        await WorkflowSteps.RunAsync(context, audience, MinutesActivityNames.Send, Step(context, input, null));

        foreach (var reminder in input.Reminders.OrderBy(r => r.At).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            if (reminder.At > Now(context))
            {
                context.SetCustomStatus($"waiting for the reminder of {reminder.Key}");
                await context.CreateTimer(reminder.At.UtcDateTime, CancellationToken.None);
            }

            // The step reads the item when it runs: one reported done meanwhile gets no reminder.
            await WorkflowSteps.RunAsync(context, audience, MinutesActivityNames.RemindActionItem, Step(context, input, reminder.Key));
        }

        context.SetCustomStatus("done");
        return "done";
    }

    private static MinutesStepInput Step(TaskOrchestrationContext context, MinutesInput input, string? item) =>
        new(input.Series, input.Date, input.Start, input.End, context.InstanceId, Now(context), item, StepKeys.Next(context));

    private static DateTimeOffset Now(TaskOrchestrationContext context) =>
        new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
}
