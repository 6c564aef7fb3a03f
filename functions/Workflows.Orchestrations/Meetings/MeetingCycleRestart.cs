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
        MeetingActivityNames.WarnAtRisk, MeetingActivityNames.RecordAttendance,
    ];

    public static async Task<MeetingCycleInput?> InputAsync(DurableTaskClient client, OrchestrationMetadata failed, SeriesSnapshot series, CancellationToken cancellationToken)
    {
        if (failed.ReadInputAs<MeetingCycleInput>() is not { } lastGood)
        {
            return null;
        }

        var history = await client.GetOrchestrationHistoryAsync(failed.InstanceId, cancellationToken);
        var progress = lastGood.InProgress.ToDictionary(p => p.Date, StringComparer.Ordinal);
        foreach (var step in ExecutionHistory.Completed(history))
        {
            if (!Tracked.Contains(step.Name) || ExecutionHistory.Read<MeetingStepInput>(step.Input)?.Occurrence?.Date is not { } date)
            {
                continue;
            }

            var current = progress.TryGetValue(date, out var known) ? known : OccurrenceProgress.New(date);
            progress[date] = step.Name switch
            {
                // Cancelled (and the attendees told): nothing more to do for this date.
                MeetingActivityNames.Cancel => current with { Evaluated = true, Done = true },
                MeetingActivityNames.RequestAgenda => current with { AgendaRequested = true },
                MeetingActivityNames.Invite or MeetingActivityNames.UpdateInvitation when ExecutionHistory.Read<InvitationResult>(step.Result) is { } sent
                    => current with { Event = sent.Event, Sent = sent.Sent, UpdateReason = null, Resend = false },
                MeetingActivityNames.Remind => current with { Reminded = true },
                MeetingActivityNames.WarnAtRisk => current with { AtRiskChecked = true, AtRisk = true },
                MeetingActivityNames.Confirm => current with { Evaluated = true, Decision = null },
                MeetingActivityNames.RecordAttendance => current with { Done = true },
                _ => current,
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

        string after = lastGood.After;
        var overrides = (lastGood.Overrides ?? []).Where(o => string.CompareOrdinal(o.Date, after) > 0).ToList();
        return lastGood with
        {
            Series = series,
            Current = null,
            Occurrences = [.. progress.Values.Where(p => string.CompareOrdinal(p.Date, after) > 0).OrderBy(p => p.Date, StringComparer.Ordinal)],
            Overrides = overrides,
            Requests = requests.Count > 0 ? requests : null,
            Execution = lastGood.Execution + 1,
        };
    }
}
