using NodaTime;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Whether an occurrence has started, judged on the running cycle as the cycle itself sees it: the overview offers
/// cancel and move only before the start, and the actions refuse them after it.
/// </summary>
internal static class OccurrenceStarts
{
    /// <summary>The start of the cycle's occurrence in hand: what its invitation says once sent, else what the planner plans.</summary>
    public static DateTimeOffset InHandStart(PlannedOccurrence next, OccurrenceProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(next);
        return progress is { Sent: { } sent } && progress.Date == next.Date ? sent.Start : next.Start;
    }

    /// <summary>
    /// True for a date the cycle has already passed (on or before its <see cref="MeetingCycleInput.After"/>), one it is
    /// done with, and an occurrence in progress once it began; a later date has not started.
    /// </summary>
    public static bool HasStarted(RunningCycle cycle, LocalDate date, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (cycle.Input is not { } input)
        {
            return false;
        }

        string iso = OccurrenceLinks.Iso(date);
        if (string.CompareOrdinal(iso, input.After) <= 0)
        {
            return true;
        }

        if (cycle.ProgressOf(iso) is { Done: true })
        {
            return true;
        }

        var plan = OccurrencePlanner.Plan(new PlanInput(input.Series, input.After, input.Overrides ?? [], now));
        return plan.All.FirstOrDefault(o => o.Date == iso) is { } planned && now >= InHandStart(planned, cycle.ProgressOf(iso));
    }
}
