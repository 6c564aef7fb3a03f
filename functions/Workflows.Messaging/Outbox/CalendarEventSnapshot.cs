namespace Workflows.Messaging.Outbox;

/// <summary>The latest version of an outbox event, as a responses source needs it (labels say which series and date).</summary>
public sealed record CalendarEventSnapshot(
    CalendarEventRef Event,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<Attendee> Attendees,
    MessageLabels Labels,
    bool Cancelled);
