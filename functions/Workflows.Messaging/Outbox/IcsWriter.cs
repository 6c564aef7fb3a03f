using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using System.Text;
using NodaTime;

namespace Workflows.Messaging.Outbox;

/// <summary>Writes one event version as an RFC 5545 iTIP message (METHOD:REQUEST or METHOD:CANCEL).</summary>
/// <remarks>
/// Names, titles and locations come from people. The configuration's limits already refuse control characters in
/// them; this writer does not rely on that: Ical.Net escapes line breaks in TEXT values but writes a parameter such as
/// ATTENDEE;CN as given, so a name with CR/LF once put a content line of its own ("X-INJ: 1") into an invitation.
/// </remarks>
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

        // A VTIMEZONE lets clients without the IANA database place TZID=Europe/Amsterdam correctly. Ical.Net builds
        // it from the earliest date given up to a year after the real clock and throws when that date lies beyond
        // (an event more than a year ahead, as a simulation or a yearly talk has): it never starts later than now.
        var earliest = state.Start.UtcDateTime < DateTime.UtcNow ? state.Start.UtcDateTime : DateTime.UtcNow;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(state.TimeZone, earliest, includeHistoricalData: false));

        var calendarEvent = new CalendarEvent
        {
            Uid = state.ICalUid,
            Sequence = state.Sequence,
            Summary = Line(state.Subject),
            Description = Text(description),
            Location = Location(state.Location, state.Online) is { } location ? Line(location) : null,
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
                CommonName = Parameter(attendee.Name),
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

    /// <summary>
    /// A parameter value (RFC 5545 3.1: no control characters, no DQUOTE even within quotes): control characters and
    /// Unicode line breaks become spaces, a double quote a single one.
    /// </summary>
    internal static string Parameter(string value) => Replace(value, keepLineBreaks: false).Replace('"', '\'');

    /// <summary>A one-line TEXT value (summary, location): line breaks and other control characters become spaces.</summary>
    internal static string Line(string value) => Replace(value, keepLineBreaks: false);

    /// <summary>A multi-line TEXT value (description): line breaks kept as LF (escaped as \n by Ical.Net), tabs kept, other control characters dropped to spaces.</summary>
    internal static string Text(string value) =>
        Replace(value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), keepLineBreaks: true);

    private static string Replace(string value, bool keepLineBreaks)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            bool kept = keepLineBreaks && c is '\n' or '\t';
            builder.Append(!kept && (char.IsControl(c) || c is '\u2028' or '\u2029') ? ' ' : c);
        }

        return builder.ToString();
    }

    private static CalDateTime Local(DateTimeOffset instant, string timeZone)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).LocalDateTime;
        return new CalDateTime(local.ToDateTimeUnspecified(), timeZone, hasTime: true);
    }

    private static Uri MailTo(string email) => new($"mailto:{email}");
}
