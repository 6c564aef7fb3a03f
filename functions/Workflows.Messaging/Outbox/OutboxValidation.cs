using NodaTime;

namespace Workflows.Messaging.Outbox;

/// <summary>Rejects bad input before anything is written, with a message that names the field.</summary>
internal static class OutboxValidation
{
    public static void Key(string idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            throw new ArgumentException("An idempotency key is required: without one a retry would send the message twice.", nameof(idempotencyKey));
        }
    }

    public static void Event(string idempotencyKey, DateTimeOffset start, DateTimeOffset end, string timeZone, IReadOnlyList<Attendee> attendees)
    {
        Key(idempotencyKey);
        if (end <= start)
        {
            throw new ArgumentException($"The event ends ({end:O}) before or when it starts ({start:O}).", nameof(end));
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            throw new ArgumentException($"'{timeZone}' is not an IANA time zone (e.g. Europe/Amsterdam).", nameof(timeZone));
        }

        if (attendees.Count == 0)
        {
            throw new ArgumentException("An event needs at least one attendee.", nameof(attendees));
        }

        foreach (var attendee in attendees)
        {
            Address(attendee.Email, "attendee");
        }
    }

    public static void Mail(MailMessage message)
    {
        Key(message.IdempotencyKey);
        Address(message.From, "sender");
        if (message.To.Count + message.Cc.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one recipient.", nameof(message));
        }

        foreach (var recipient in message.To.Concat(message.Cc))
        {
            Address(recipient.Email, "recipient");
        }
    }

    public static void Address(string email, string role)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        // Control characters too: the address is written into the .ics (ATTENDEE, ORGANIZER) and the .eml headers,
        // where a NUL or a line break would end the line or the file early.
        if (email is null || at <= 0 || at == email.Length - 1 || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            // The address itself stays out of the message: exceptions end up in logs.
            throw new ArgumentException($"The {role} has no valid e-mail address.", nameof(email));
        }
    }
}
