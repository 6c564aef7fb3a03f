using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Tests.BothRuntimes;

/// <summary>
/// A planning step for a series compressed into half a minute: one occurrence whose chair reminder, invitation,
/// reminder, deadline, start and end are five seconds apart from the moment it first plans (the cycle plans again at
/// every step, and must find the same times); once that occurrence is done the series has ended. One instance per run.
/// </summary>
/// <remarks>
/// The real planner (<c>OccurrencePlanner</c>) works in dates and HH:mm times: the closest it can put two steps is a
/// minute, and an invitation, a deadline and a meeting end need at least two, too long for a real-time test. So this
/// one activity is swapped; the orchestrator and every other activity are production's.
/// </remarks>
internal sealed class CompressedPlanner
{
    /// <summary>The cycle is started to plan after this date; the one occurrence is on the next day.</summary>
    public static readonly NodaTime.LocalDate After = new(2026, 9, 8);

    public const string Date = "2026-09-09";

    public static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private DateTimeOffset? _anchor;

    public Func<IServiceProvider, ITaskActivity> Activity =>
        new DurableTaskRegistry().AddActivityFunc<PlanInput, OccurrencePlan>(MeetingActivityNames.Plan, (_, input) => Plan(input))
            .GetActivities().Single().Value;

    private OccurrencePlan Plan(PlanInput input)
    {
        if (string.CompareOrdinal(input.After, Date) >= 0)
        {
            return new OccurrencePlan([], null);
        }

        DateTimeOffset anchor;
        lock (_gate)
        {
            anchor = _anchor ??= input.Now;
        }

        DateTimeOffset At(int steps) => anchor + (Step * steps);
        return new OccurrencePlan([], new PlannedOccurrence(Date, At(5), At(6), At(1), At(2), At(3), At(4), null));
    }
}
