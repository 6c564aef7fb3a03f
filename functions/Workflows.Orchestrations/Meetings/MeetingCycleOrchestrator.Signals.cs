using Workflows.Orchestrations.Timeline;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

internal sealed partial class MeetingCycleOrchestrator
{
    private sealed partial class Cycle
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
                Signal.Of<OccurrenceDecisionRequest>(MeetingEvents.OccurrenceDecision),
                Signal.Of<AgendaChangedRequest>(MeetingEvents.AgendaChanged));
        }

        /// <summary>
        /// Applies the changes to the occurrences they concern. What must happen at once (calling off an invited
        /// meeting, a removed series) happens here; the rest (updates, decisions) is the next execution's first step.
        /// </summary>
        private async Task<string> OnSignalsAsync(List<object> signals)
        {
            context.SetCustomStatus(new MeetingCycleStatus("changing", _planned.FirstOrDefault()?.Date, null));
            bool removed = false;
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
                    case OccurrenceCancelRequest request when string.CompareOrdinal(request.Date, _after) > 0:
                        await CancelAsync(request);
                        break;
                    case OccurrenceMoveRequest request when string.CompareOrdinal(request.Date, _after) > 0:
                        string reason = MeetingMessages.MovedReason(_series, request.Reason);
                        Override(new OccurrenceOverride(request.Date, false, request.NewDate, request.NewStartTime, request.NewEndTime, reason));
                        if (Progress(request.Date) is { Done: false } moved)
                        {
                            Set(moved with { UpdateReason = reason });
                        }

                        break;
                    case OccurrenceResendRequest request when Progress(request.Date) is { Event: not null, Done: false } invited && Starts(request.Date) is { } start && Now < start:
                        Set(invited with { Resend = true, UpdateReason = MeetingMessages.ResentReason(_series) });
                        break;
                    case OccurrenceDecisionRequest request when request.Decision is "hold" or "cancel" && Progress(request.Date) is { Event: not null, Done: false } atRisk:
                        // "Gaat door" after the verdict changes nothing; "afgelasten" still calls it off until it starts.
                        if (request.Decision == "cancel" || !atRisk.Evaluated)
                        {
                            Set(atRisk with { Decision = request.Decision, DecidedBy = request.Who });
                        }

                        break;
                    case AgendaChangedRequest request when Progress(request.Date) is { Event: not null, Done: false } invited && Starts(request.Date) is { } begins && Now < begins:
                        // The invitation went out with the agenda as it was: an update follows. Not invited yet, the
                        // invitation reads the agenda itself when it goes.
                        Set(invited with { AgendaChanged = true });
                        break;
                    default:
                        // A decision about a date already past (or a resend of an invitation not sent yet): nothing left to change.
                        break;
                }
            }

            if (removed)
            {
                foreach (var o in _planned)
                {
                    if (Progress(o.Date) is { Event: not null, Done: false } invited && Now < o.Start)
                    {
                        await DoAsync(MeetingActivityNames.Cancel, Step(o, invited) with { Reason = MeetingMessages.SeriesRemovedReason(_series) }, o.Date);
                    }
                }

                context.SetCustomStatus(new MeetingCycleStatus("removed", null, null));
                return "removed";
            }

            return Continue();
        }

        /// <summary>
        /// A coordinator calls off one date: an invited meeting is cancelled for everyone now; a date nobody was
        /// invited for yet falls out of the plan (and the timeline says so).
        /// </summary>
        private async Task CancelAsync(OccurrenceCancelRequest request)
        {
            string reason = MeetingMessages.CoordinatorCancelReason(_series, request.Reason);
            var planned = _planned.FirstOrDefault(o => o.Date == request.Date);
            if (planned is not null && Progress(request.Date) is { Event: not null, Done: false } invited)
            {
                if (Now < planned.Start)
                {
                    await DoAsync(MeetingActivityNames.Cancel, Step(planned, invited) with { Reason = reason }, request.Date);
                    Set(invited with { Done = true, Evaluated = true });
                }

                return;
            }

            if (Progress(request.Date) is { Done: true })
            {
                return;
            }

            Override(new OccurrenceOverride(request.Date, true, null, null, null, reason));
            _progress.Remove(request.Date);
            await DoAsync(
                MeetingActivityNames.RecordTimeline,
                new TimelineEntryInput(
                    new TimelineEvent(Now, MeetingEvents.Cancelled, MeetingEvents.Workflow, context.InstanceId, [], _series.SeriesId, null, null, reason)
                    {
                        // Not invited yet, so no start: the series date says which occurrence falls out.
                        Date = request.Date,
                    },
                    Key()),
                request.Date);
        }

        /// <summary>When the occurrence of <paramref name="date"/> starts: what its invitation said, else the plan.</summary>
        private DateTimeOffset? Starts(string date) =>
            Progress(date)?.Sent?.Start ?? _planned.FirstOrDefault(o => o.Date == date)?.Start;

        private void Override(OccurrenceOverride change)
        {
            _overrides = [.. _overrides.Where(x => x.Date != change.Date), change];
        }
    }
}
