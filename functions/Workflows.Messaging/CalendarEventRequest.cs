namespace Workflows.Messaging;

/// <summary>One meeting occurrence to put in the organizer's calendar.</summary>
/// <param name="IdempotencyKey">The caller's key; a repeated call with it returns the event made the first time.</param>
/// <param name="Organizer">The organizer mailbox (the partnership's <c>organizer</c>).</param>
/// <param name="Start">Start instant; written in <paramref name="TimeZone"/> (Graph: <c>W. Europe Standard Time</c>).</param>
/// <param name="TimeZone">IANA zone of the partnership, e.g. <c>Europe/Amsterdam</c>.</param>
/// <param name="Online">Ask for a Teams meeting link.</param>
public sealed record CalendarEventRequest(
    string IdempotencyKey,
    string Organizer,
    string Subject,
    MessageBody Body,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    IReadOnlyList<Attendee> Attendees,
    string? Location,
    bool Online,
    MessageLabels Labels);
