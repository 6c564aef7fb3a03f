using Workflows.Orchestrations.Timeline;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

internal sealed partial class MeetingCycleOrchestrator
{
    private sealed partial class LegacyCycle
    {
        /// <summary>
        /// Waits until <paramref name="due"/>, or for a change, whichever comes first. Returns null when the time
        /// came, else every event that arrived (all of them: events delivered in one turn complete their waiters
        /// together, and one left unhandled would be lost).
        /// </summary>
        private async Task<List<object>?> WaitUntilAsync(DateTimeOffset due, string phase, string occurrence)
        {
            if (due <= Now)
            {
                return null;
            }

            context.SetCustomStatus(new MeetingCycleStatus(phase, occurrence, due));
            return await TimerOrSignals.WaitAsync(
                context,
                due,
                Signal.Of<ConfigChangedEvent>(MeetingEvents.ConfigChanged),
                Signal.Of<OccurrenceCancelRequest>(MeetingEvents.OccurrenceCancel),
                Signal.Of<OccurrenceMoveRequest>(MeetingEvents.OccurrenceMove),
                Signal.Of<OccurrenceResendRequest>(MeetingEvents.OccurrenceResend),
                Signal.Of<OccurrenceDecisionRequest>(MeetingEvents.OccurrenceDecision));
        }

        private async Task<string> OnSignalsAsync(List<object> signals, PlannedOccurrence? o, OccurrenceProgress? progress)
        {
            context.SetCustomStatus(new MeetingCycleStatus("changing", o?.Date, null));
            bool removed = false;
            string? cancelCurrent = null;
            foreach (var signal in signals)
            {
                switch (signal)
                {
                    case ConfigChangedEvent { Series: null }:
                        removed = true;
                        break;
                    case ConfigChangedEvent { Series: { } series }:
                        _series = series;
                        break;
                    case OccurrenceCancelRequest request when o is not null && request.Date == o.Date:
                        cancelCurrent = MeetingMessages.CoordinatorCancelReason(_series, request.Reason);
                        break;
                    case OccurrenceCancelRequest request when string.CompareOrdinal(request.Date, _after) > 0:
                        Override(new OccurrenceOverride(request.Date, true, null, null, null, MeetingMessages.CoordinatorCancelReason(_series, request.Reason)));
                        await DoAsync(
                            MeetingActivityNames.RecordTimeline,
                            new TimelineEntryInput(
                                new TimelineEvent(Now, MeetingEvents.Cancelled, MeetingEvents.Workflow, context.InstanceId, [], _series.SeriesId, null, null, MeetingMessages.CoordinatorCancelReason(_series, request.Reason))
                                {
                                    // Not planned yet, so no start: the series date says which occurrence falls out.
                                    // Replay compares activity names only, so the extra field is safe for running cycles.
                                    Date = request.Date,
                                },
                                StepKeys.Next(context)),
                            request.Date);
                        break;
                    case OccurrenceMoveRequest request when string.CompareOrdinal(request.Date, _after) > 0:
                        string reason = MeetingMessages.MovedReason(_series, request.Reason);
                        Override(new OccurrenceOverride(request.Date, false, request.NewDate, request.NewStartTime, request.NewEndTime, reason));
                        if (o is not null && progress is not null && request.Date == o.Date)
                        {
                            progress = progress with { UpdateReason = reason };
                        }

                        break;
                    case OccurrenceResendRequest request when o is not null && progress?.Event is not null && request.Date == o.Date && Now < o.Start:
                        progress = progress with { Resend = true, UpdateReason = MeetingMessages.ResentReason(_series) };
                        break;
                    default:
                        // A decision about a date already past (or a resend of an invitation not sent yet): nothing left to change.
                        break;
                }
            }

            if (removed)
            {
                if (o is not null && progress?.Event is not null && Now < o.Start)
                {
                    await DoAsync(MeetingActivityNames.Cancel, Step(o, progress) with { Reason = MeetingMessages.SeriesRemovedReason(_series) }, o.Date);
                }

                context.SetCustomStatus(new MeetingCycleStatus("removed", null, null));
                return "removed";
            }

            if (cancelCurrent is not null && o is not null)
            {
                await DoAsync(MeetingActivityNames.Cancel, Step(o, progress ?? new OccurrenceProgress(o.Date, null, null, false, false, false, null)) with { Reason = cancelCurrent }, o.Date);
                return Next(o.Date);
            }

            context.ContinueAsNew(new MeetingCycleInput(_series, _after, null, _overrides, null, progress is null ? [] : [progress], 1));
            return "continued";
        }

        private void Override(OccurrenceOverride change)
        {
            _overrides = [.. _overrides.Where(x => x.Date != change.Date), change];
        }
    }
}
