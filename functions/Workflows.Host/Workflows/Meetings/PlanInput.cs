namespace Workflows.Host.Workflows.Meetings;

/// <summary>Input of the planning step: the series, the date after which to look, and the coordinators' overrides.</summary>
public sealed record PlanInput(SeriesSnapshot Series, string After, IReadOnlyList<OccurrenceOverride> Overrides);
