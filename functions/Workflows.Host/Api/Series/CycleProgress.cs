using System.Text.Json;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Api.Series;

/// <summary>
/// How far a running cycle got with the occurrence in hand. The cycle keeps that in its own state and puts it in
/// its input (<see cref="MeetingCycleInput.Current"/>) only across a change; the steps it took since are in the
/// current execution's history: the invitation (or its latest update) and the confirmation.
/// </summary>
internal static class CycleProgress
{
    public static async Task<OccurrenceProgress?> ReadAsync(DurableTaskClient client, string instanceId, OccurrenceProgress? carried, CancellationToken cancellationToken)
    {
        var events = (await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToList();
        int start = events.FindLastIndex(e => e is ExecutionStartedEvent);
        var scheduled = new Dictionary<int, TaskScheduledEvent>();
        var progress = carried;
        foreach (var e in events.Skip(Math.Max(start, 0)))
        {
            if (e is TaskScheduledEvent task)
            {
                scheduled[task.EventId] = task;
                continue;
            }

            if (e is not TaskCompletedEvent done || !scheduled.TryGetValue(done.TaskScheduledId, out var step) || step.Input is null)
            {
                continue;
            }

            switch (step.Name)
            {
                case MeetingActivityNames.Invite or MeetingActivityNames.UpdateInvitation
                    when Read<MeetingStepInput>(step.Input) is { } input && Read<InvitationResult>(done.Result) is { } result:
                    progress = For(progress, input.Occurrence.Date) with { Event = result.Event, Sent = result.Sent };
                    break;
                case MeetingActivityNames.Confirm when Read<MeetingStepInput>(step.Input) is { } input:
                    progress = For(progress, input.Occurrence.Date) with { Evaluated = true };
                    break;
                default:
                    break;
            }
        }

        return progress;
    }

    private static OccurrenceProgress For(OccurrenceProgress? progress, string date)
        => progress is not null && progress.Date == date ? progress : new OccurrenceProgress(date, null, null, false, false, false, null);

    private static T? Read<T>(string? json)
        where T : class
        => InstanceHistory.Payload(json) is { } payload ? JsonSerializer.Deserialize<T>(payload, WorkflowJson.Options) : null;
}
