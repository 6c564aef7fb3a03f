namespace Workflows.Messaging.Outbox;

/// <summary>
/// Where the outbox back-end gets attendees' answers, since no real calendar collects them: the simulator's
/// responses file, a test's table, the HTTP API in a local demo.
/// </summary>
public interface IResponseSource
{
    /// <summary>The answers known at <paramref name="asOf"/> for the event as last sent (one per attendee that answered).</summary>
    IReadOnlyList<AttendeeResponse> GetResponses(CalendarEventSnapshot calendarEvent, DateTimeOffset asOf);
}
