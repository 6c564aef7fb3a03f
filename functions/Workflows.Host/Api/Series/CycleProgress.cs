using System.Text.Json;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Api.Series;

/// <summary>
/// How far a running cycle got with each occurrence in progress. The cycle carries that in its input
/// (<see cref="MeetingCycleInput.InProgress"/>) from one step to the next; a step it took in the current execution
/// (the invitation or its latest update, the confirmation) is in that execution's history until it continues.
/// </summary>
internal static class CycleProgress
{
    public static async Task<IReadOnlyList<OccurrenceProgress>> ReadAsync(DurableTaskClient client, string instanceId, IReadOnlyList<OccurrenceProgress> carried, CancellationToken cancellationToken)
    {
        var events = (await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToList();
        int start = events.FindLastIndex(e => e is ExecutionStartedEvent);
        var scheduled = new Dictionary<int, TaskScheduledEvent>();
        var progress = carried.ToDictionary(p => p.Date, StringComparer.Ordinal);
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
                    progress[input.Occurrence.Date] = For(progress, input.Occurrence.Date) with { Event = result.Event, Sent = result.Sent };
                    break;
                case MeetingActivityNames.Confirm when Read<MeetingStepInput>(step.Input) is { } input:
                    progress[input.Occurrence.Date] = For(progress, input.Occurrence.Date) with { Evaluated = true };
                    break;
                default:
                    break;
            }
        }

        return [.. progress.Values.OrderBy(p => p.Date, StringComparer.Ordinal)];
    }

    private static OccurrenceProgress For(Dictionary<string, OccurrenceProgress> progress, string date)
        => progress.TryGetValue(date, out var known) ? known : OccurrenceProgress.New(date);

    private static T? Read<T>(string? json)
        where T : class
        => InstanceHistory.Payload(json) is { } payload ? JsonSerializer.Deserialize<T>(payload, WorkflowJson.Options) : null;
}
