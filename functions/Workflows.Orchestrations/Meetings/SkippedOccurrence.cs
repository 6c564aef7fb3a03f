namespace Workflows.Orchestrations.Meetings;

/// <summary>A series date without a meeting, with the closed period's name; Start/End as the meeting would have run.</summary>
public sealed record SkippedOccurrence(string Date, DateTimeOffset Start, DateTimeOffset End, string Reason);
