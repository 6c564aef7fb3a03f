namespace Workflows.Orchestrations.Meetings;

/// <summary>What the attendees' calendars hold now: compared with what the cycle wants, it says whether an update is due.</summary>
public sealed record SentVersion(string Subject, DateTimeOffset Start, DateTimeOffset End, string? Location, IReadOnlyList<string> Attendees);
