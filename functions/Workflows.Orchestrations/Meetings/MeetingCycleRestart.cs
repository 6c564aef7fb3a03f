using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// What a failed cycle goes on with: its last good input, plus what the failed execution did and received after it
/// started (read from its history). Without that the restart would invite the occurrence again under a new key (a
/// second calendar event for everyone) and forget a cancellation or move that came in before the failure.
/// </summary>
internal static class MeetingCycleRestart
{
    // The steps of one occurrence that must not be done twice (the others have no input of this shape or send nothing).
    private static readonly HashSet<string> Tracked =
    [
        MeetingActivityNames.RequestAgenda, MeetingActivityNames.Invite, MeetingActivityNames.UpdateInvitation,
        MeetingActivityNames.Remind, MeetingActivityNames.Confirm, MeetingActivityNames.Cancel,
    ];

    public static async Task<MeetingCycleInput?> InputAsync(DurableTaskClient client, OrchestrationMetadata failed, SeriesSnapshot series, CancellationToken cancellationToken)
    {
        if (failed.ReadInputAs<MeetingCycleInput>() is not { } lastGood)
        {
            return null;
        }

        var history = await client.GetOrchestrationHistoryAsync(failed.InstanceId, cancellationToken);
        string after = lastGood.After;
        var progress = lastGood.Current;
        foreach (var step in ExecutionHistory.Completed(history))
        {
            if (!Tracked.Contains(step.Name) || ExecutionHistory.Read<MeetingStepInput>(step.Input)?.Occurrence?.Date is not { } date)
            {
                continue;
            }

            if (step.Name == MeetingActivityNames.Cancel)
            {
                // Cancelled (and the attendees told): nothing more to do for this date.
                after = string.CompareOrdinal(date, after) > 0 ? date : after;
                progress = null;
                continue;
            }

            // As the cycle does when its occurrence changed date: an event already sent is updated, the rest done again.
            var current = progress is null ? new OccurrenceProgress(date, null, null, false, false, false, null)
                : progress.Date == date ? progress
                : progress with { Date = date, AgendaRequested = false, Reminded = false, Evaluated = false };
            progress = step.Name switch
            {
                MeetingActivityNames.RequestAgenda => current with { AgendaRequested = true },
                MeetingActivityNames.Invite or MeetingActivityNames.UpdateInvitation when ExecutionHistory.Read<InvitationResult>(step.Result) is { } sent
                    => current with { Event = sent.Event, Sent = sent.Sent, UpdateReason = null, Resend = false },
                MeetingActivityNames.Remind => current with { Reminded = true },
                MeetingActivityNames.Confirm => current with { Evaluated = true },
                _ => progress,
            };
        }

        // Every request that reached the failed execution is in its history; one it had acted on would have ended it.
        var requests = new List<CarriedRequest>();
        foreach (var raised in history.OfType<EventRaisedEvent>())
        {
            CarriedRequest? request = raised.Name switch
            {
                MeetingEvents.OccurrenceCancel when ExecutionHistory.Read<OccurrenceCancelRequest>(raised.Input) is { } cancel => new(Cancel: cancel),
                MeetingEvents.OccurrenceMove when ExecutionHistory.Read<OccurrenceMoveRequest>(raised.Input) is { } move => new(Move: move),
                MeetingEvents.OccurrenceResend when ExecutionHistory.Read<OccurrenceResendRequest>(raised.Input) is { } resend => new(Resend: resend),
                MeetingEvents.OccurrenceDecision when ExecutionHistory.Read<OccurrenceDecisionRequest>(raised.Input) is { } decision => new(Decision: decision),
                _ => null,
            };
            if (request is not null)
            {
                requests.Add(request);
            }
        }

        var overrides = (lastGood.Overrides ?? []).Where(o => string.CompareOrdinal(o.Date, after) > 0).ToList();
        return lastGood with { Series = series, After = after, Current = progress, Overrides = overrides, Requests = requests.Count > 0 ? requests : null };
    }
}
