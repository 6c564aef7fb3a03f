namespace Workflows.Orchestrations.Meetings;

/// <summary>A configured closed period (dates yyyy-MM-dd, inclusive).</summary>
public sealed record ClosedPeriodSnapshot(string Name, string From, string To);
