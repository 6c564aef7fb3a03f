namespace Workflows.Orchestrations.Meetings;

/// <summary>Input of the planning step: the series, the date after which to look, the coordinators' overrides, and the orchestration's now.</summary>
/// <param name="Now">Nothing is planned before this: a step whose day has passed (a cycle started late) moves to the next working day.</param>
public sealed record PlanInput(SeriesSnapshot Series, string After, IReadOnlyList<OccurrenceOverride> Overrides, DateTimeOffset Now);
