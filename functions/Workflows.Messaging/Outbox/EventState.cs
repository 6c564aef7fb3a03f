namespace Workflows.Messaging.Outbox;

/// <summary>
/// The latest version of an outbox event as the table keeps it, so updates, cancellations and answers work after a
/// restart. <paramref name="Location"/> is as the caller gave it; <paramref name="Online"/> whether it asked for a
/// Teams meeting (which the outbox can only mention). <paramref name="Applied"/> maps every idempotency key already applied to the SEQUENCE it produced.
/// </summary>
internal sealed record EventState(
    string EventId,
    string Organizer,
    string ICalUid,
    int Sequence,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string? Location,
    bool Online,
    IReadOnlyList<Attendee> Attendees,
    MessageLabels Labels,
    bool Cancelled,
    IReadOnlyDictionary<string, int> Applied)
{
    public CalendarEventRef RefAt(int sequence) => new(Organizer, EventId, ICalUid, sequence);

    public CalendarEventSnapshot ToSnapshot() =>
        new(RefAt(Sequence), Subject, Start, End, Attendees, Labels, Cancelled);

    public EventState Apply(string idempotencyKey, int sequence)
    {
        var applied = new Dictionary<string, int>(Applied, StringComparer.Ordinal) { [idempotencyKey] = sequence };
        return this with { Sequence = sequence, Applied = applied };
    }
}
