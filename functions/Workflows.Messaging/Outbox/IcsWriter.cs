using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Workflows.Messaging.Outbox;

/// <summary>Writes one event version as an RFC 5545 iTIP message (METHOD:REQUEST or METHOD:CANCEL).</summary>
internal static class IcsWriter
{
    public const string ProductId = "-//Workflows//Partnership Outbox//NL";

    public static string Request(EventState state, string descriptionText, DateTimeOffset stamp) =>
        Write(state, CalendarMethods.Request, descriptionText, stamp, cancelled: false);

    public static string Cancel(EventState state, string comment, DateTimeOffset stamp) =>
        Write(state, CalendarMethods.Cancel, comment, stamp, cancelled: true);

    private static string Write(EventState state, string method, string description, DateTimeOffset stamp, bool cancelled)
    {
        var calendar = new Calendar { Method = method, ProductId = ProductId };

        // A VTIMEZONE lets clients without the IANA database place TZID=Europe/Amsterdam correctly.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(state.TimeZone, state.Start.UtcDateTime, includeHistoricalData: false));

        var calendarEvent = new CalendarEvent
        {
            Uid = state.ICalUid,
            Sequence = state.Sequence,
            Summary = state.Subject,
            Description = description,
            Location = Location(state.Location, state.Online),
            DtStart = Local(state.Start, state.TimeZone),
            DtEnd = Local(state.End, state.TimeZone),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC", hasTime: true),
            Organizer = new Organizer($"mailto:{state.Organizer}"),
        };
        if (cancelled)
        {
            calendarEvent.Status = EventStatus.Cancelled;
        }

        foreach (var attendee in state.Attendees)
        {
            calendarEvent.Attendees.Add(new Ical.Net.DataTypes.Attendee(MailTo(attendee.Email))
            {
                CommonName = attendee.Name,
                Role = attendee.Optional ? ParticipationRole.OptionalParticipant : ParticipationRole.RequiredParticipant,
                Rsvp = !cancelled,
                ParticipationStatus = EventParticipationStatus.NeedsAction,
            });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net produced no calendar text.");
    }

    // The outbox cannot make a Teams link; it says the meeting is online so the file still tells the truth.
    private static string? Location(string? location, bool online) =>
        !online ? location
        : string.IsNullOrWhiteSpace(location) ? "Online (Teams)"
        : $"{location} / online (Teams)";

    private static CalDateTime Local(DateTimeOffset instant, string timeZone)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).LocalDateTime;
        return new CalDateTime(local.ToDateTimeUnspecified(), timeZone, hasTime: true);
    }

    private static Uri MailTo(string email) => new($"mailto:{email}");
}
