using Workflows.Orchestrations.Timeline;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Simulation;

/// <summary>What a simulation produced: the timeline, and the instances that failed (their errors), if any.</summary>
public sealed record SimulationResult(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<string> Failures);
