namespace Workflows.Messaging;

/// <summary>Cancels an event; <paramref name="Comment"/> is the reason every attendee reads.</summary>
public sealed record CalendarEventCancellation(string IdempotencyKey, CalendarEventRef Event, string Comment, MessageLabels Labels);
