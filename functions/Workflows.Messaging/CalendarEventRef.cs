namespace Workflows.Messaging;

/// <summary>Where an event lives, so it can be updated, cancelled and asked for answers later; kept in workflow state.</summary>
/// <param name="Organizer">The mailbox holding the event.</param>
/// <param name="EventId">The back-end's id (Graph event id; the outbox's own id).</param>
/// <param name="ICalUid">The RFC 5545 UID attendees' calendars know the event by.</param>
/// <param name="Sequence">The RFC 5545 SEQUENCE of the latest version sent.</param>
public sealed record CalendarEventRef(string Organizer, string EventId, string ICalUid, int Sequence);
