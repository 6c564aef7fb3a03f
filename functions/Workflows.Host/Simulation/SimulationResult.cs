using Workflows.Orchestrations.Timeline;

namespace Workflows.Host.Simulation;

/// <summary>What a simulation produced: the timeline, and the instances that failed (their errors), if any.</summary>
public sealed record SimulationResult(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<string> Failures)
{
    /// <summary>
    /// The outbox files of each event (by reference: <see cref="Events"/>' own instances), as paths relative to the
    /// output directory with '/' (<c>outbox/2026-11-17 directieberaad uitnodiging 1d11a2b3.ics</c>); an event that
    /// sent nothing is not in it.
    /// </summary>
    public IReadOnlyDictionary<TimelineEvent, IReadOnlyList<string>> Files { get; init; } =
        new Dictionary<TimelineEvent, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
}
