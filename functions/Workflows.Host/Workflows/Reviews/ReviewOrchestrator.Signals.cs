using Workflows.Durable;
using Workflows.Host.Subsidies;

namespace Workflows.Host.Reviews;

internal sealed partial class ReviewOrchestrator
{
    private sealed partial class Year
    {
        /// <summary>Waits until <paramref name="due"/> or for an event; null when the time came (at once when it has), else every event that arrived.</summary>
        private async Task<List<object>?> WaitAsync(string phase, DateTimeOffset due)
        {
            if (due <= Now)
            {
                return null;
            }

            context.SetCustomStatus(new ReviewStatus(phase, due, _year, SnapshotCalendar.Format(_talk), _c.ValidUntil));
            using var timerCancel = new CancellationTokenSource();
            using var eventsCancel = new CancellationTokenSource();
            var timer = context.CreateTimer(due.UtcDateTime, timerCancel.Token);
            var outcome = context.WaitForExternalEvent<ReviewOutcome>(ReviewEvents.Outcome, eventsCancel.Token);
            var changed = context.WaitForExternalEvent<ConvenantChangedEvent>(ReviewEvents.ConfigChanged, eventsCancel.Token);
            var winner = await Task.WhenAny(timer, outcome, changed).ConfigureAwait(true);

            // Until it waits again it is busy (a virtual clock must not move past the steps this turn starts).
            context.SetCustomStatus(new ReviewStatus("working", null, _year, SnapshotCalendar.Format(_talk), _c.ValidUntil));

            // Synchronous Cancel on purpose: the callbacks must run on the orchestrator thread, in this step.
#pragma warning disable CA1849
            if (winner == timer)
            {
                eventsCancel.Cancel();
                return null;
            }

            timerCancel.Cancel();
            eventsCancel.Cancel();
#pragma warning restore CA1849
            var signals = new List<object>();
            if (changed.IsCompletedSuccessfully)
            {
                signals.Add(await changed.ConfigureAwait(true));
            }

            if (outcome.IsCompletedSuccessfully)
            {
                signals.Add(await outcome.ConfigureAwait(true));
            }

            return signals;
        }

        /// <summary>Applies what arrived; returns the orchestration's result when it ends or continues as new, else null to go on.</summary>
        private async Task<string?> OnSignalsAsync(List<object> signals)
        {
            foreach (var signal in signals)
            {
                switch (signal)
                {
                    case ConvenantChangedEvent { Convenant: null }:
                        context.SetCustomStatus(new ReviewStatus("removed", null, _year, null, _c.ValidUntil));
                        return "removed";
                    case ConvenantChangedEvent { Convenant: { } convenant }:
                        _c = convenant;
                        if (_event is null && ReviewSchedule.Start(_c, ReviewSchedule.TalkDate(_c, _year)) > Now)
                        {
                            _talk = ReviewSchedule.TalkDate(_c, _year);
                        }

                        break;
                    case ReviewOutcome outcome:
                        // Before this year's talk an outcome can only be last year's, arriving late.
                        bool late = !_held;
                        int year = late ? _year - 1 : _year;
                        string talk = late ? SnapshotCalendar.Format(ReviewSchedule.TalkDate(_c, year)) : SnapshotCalendar.Format(_talk);
                        await context.CallActivityAsync<bool>(ReviewActivityNames.RecordOutcome, Step() with { Year = year, TalkDate = talk, Outcome = outcome }, Retry).ConfigureAwait(true);
                        if (SubsidyRoundSnapshots.TryDate(outcome.ValidUntil) is { } until)
                        {
                            _c = _c with { ValidUntil = until };
                        }

                        if (!late)
                        {
                            return NextYear();
                        }

                        break;
                    default:
                        break;
                }
            }

            return null;
        }
    }
}
