using System.Text.Json;
using Workflows.Durable;
using Workflows.Durable.History;
using Workflows.Host.Meetings;

namespace Workflows.Host.Api.Series;

/// <summary>
/// How far a running cycle got with the occurrence in hand. The cycle keeps that in its own state and puts it in
/// its input (<see cref="MeetingCycleInput.Current"/>) only across a change; the steps it took since are in the
/// current execution's history: the invitation (or its latest update) and the confirmation.
/// </summary>
internal static class CycleProgress
{
    // The engine's payload format (web defaults; history events carry their own type discriminator).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<OccurrenceProgress?> ReadAsync(DurableTaskClient client, string instanceId, OccurrenceProgress? carried, CancellationToken cancellationToken)
    {
        var history = await client.GetInstanceHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var events = history.Select(h => JsonSerializer.Deserialize<HistoryEvent>(h.Json, Json)).OfType<HistoryEvent>().ToList();
        int start = events.FindLastIndex(e => e is ExecutionStarted);
        var scheduled = new Dictionary<int, TaskScheduled>();
        var progress = carried;
        foreach (var e in events.Skip(Math.Max(start, 0)))
        {
            if (e is TaskScheduled task)
            {
                scheduled[task.TaskId] = task;
                continue;
            }

            if (e is not TaskCompleted done || !scheduled.TryGetValue(done.TaskId, out var step) || step.Input is null)
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
        => json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
}
