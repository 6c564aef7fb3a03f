using Microsoft.DurableTask;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations.Reviews;

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

            // A configuration change is read before an outcome that arrived with it.
            var signals = await TimerOrSignals.WaitAsync(
                context,
                due,
                Signal.Of<ConvenantChangedEvent>(ReviewEvents.ConfigChanged),
                Signal.Of<ReviewOutcome>(ReviewEvents.Outcome));

            // Until it waits again it is busy (a virtual clock must not move past the steps this turn starts).
            context.SetCustomStatus(new ReviewStatus("working", null, _year, SnapshotCalendar.Format(_talk), _c.ValidUntil));
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
                        await DoAsync(ReviewActivityNames.RecordOutcome, Step() with { Year = year, TalkDate = talk, Outcome = outcome });
                        if (SubsidyRoundSnapshots.TryDate(outcome.ValidUntil) is { } until)
                        {
                            _c = _c with { ValidUntil = until };
                        }

                        if (!late)
                        {
                            context.ContinueAsNew(NextYearInput());
                            return "continued";
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
