namespace Workflows.Messaging;

/// <summary>A new version of an event: the whole of it, not a patch, so a retried update is harmless.</summary>
public sealed record CalendarEventUpdate(
    string IdempotencyKey,
    CalendarEventRef Event,
    string Subject,
    MessageBody Body,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    IReadOnlyList<Attendee> Attendees,
    string? Location,
    MessageLabels Labels);
