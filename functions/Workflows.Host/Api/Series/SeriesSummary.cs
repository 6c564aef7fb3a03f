namespace Workflows.Host.Api.Series;

/// <summary>One meeting series of the current configuration, with its next meeting (null when none is planned).</summary>
public sealed record SeriesSummary(string Id, string Title, SeriesGroup Group, NextOccurrence? NextOccurrence);

public sealed record SeriesGroup(string Id, string Name);

/// <summary>Local times with their UTC offset, as in <c>occurrences --json</c>.</summary>
public sealed record NextOccurrence(string Start, string End);
