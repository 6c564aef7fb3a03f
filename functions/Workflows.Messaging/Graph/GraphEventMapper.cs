using System.Globalization;
using Microsoft.Graph.Models;
using NodaTime;
using GraphAttendee = Microsoft.Graph.Models.Attendee;

namespace Workflows.Messaging.Graph;

/// <summary>Builds Graph's event bodies from the gateway's records and reads answers back.</summary>
internal static class GraphEventMapper
{
    /// <summary>Graph wants Windows zone names in <c>dateTimeTimeZone</c>; <c>Europe/Amsterdam</c> is not accepted everywhere.</summary>
    internal static string WindowsZone(string ianaZone)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(ianaZone) is null
            || !TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaZone, out var windowsZone))
        {
            throw new MessageDeliveryException($"Unknown time zone '{ianaZone}'; expected an IANA name such as Europe/Amsterdam.", "InvalidTimeZone", null, isTransient: false);
        }

        return windowsZone;
    }

    /// <summary>The instant as wall-clock time in the zone, which is what Graph's <c>dateTime</c> holds.</summary>
    internal static DateTimeTimeZone WallTime(DateTimeOffset instant, string ianaZone, string windowsZone)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[ianaZone]).LocalDateTime;
        return new DateTimeTimeZone
        {
            DateTime = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            TimeZone = windowsZone,
        };
    }

    internal static Event ForCreate(CalendarEventRequest request, string transactionId)
    {
        Validate(request.Subject, request.Start, request.End, request.Attendees);
        var zone = WindowsZone(request.TimeZone);
        var ev = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = request.Body.Html },
            Start = WallTime(request.Start, request.TimeZone, zone),
            End = WallTime(request.End, request.TimeZone, zone),
            Attendees = Attendees(request.Attendees),
            // A meeting's date is decided by the workflow (holidays, quorum); counter-proposals would go nowhere.
            AllowNewTimeProposals = false,
            TransactionId = transactionId,
        };
        // Only set what is there: the SDK's backing store sends a property assigned null as an explicit JSON null.
        if (request.Location is not null)
        {
            ev.Location = new Location { DisplayName = request.Location };
        }

        if (request.Online)
        {
            ev.IsOnlineMeeting = true;
            ev.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }

        return ev;
    }

    internal static Event ForUpdate(CalendarEventUpdate update)
    {
        Validate(update.Subject, update.Start, update.End, update.Attendees);
        var zone = WindowsZone(update.TimeZone);
        return new Event
        {
            Subject = update.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = update.Body.Html },
            Start = WallTime(update.Start, update.TimeZone, zone),
            End = WallTime(update.End, update.TimeZone, zone),
            Attendees = Attendees(update.Attendees),
            // The update is the whole event: an empty display name clears a location that was dropped (null would keep it).
            Location = new Location { DisplayName = update.Location ?? string.Empty },
        };
    }

    internal static IReadOnlyList<AttendeeResponse> Responses(Event ev) =>
        (ev.Attendees ?? [])
            .Where(a => !string.IsNullOrEmpty(a.EmailAddress?.Address))
            .Select(a => new AttendeeResponse(a.EmailAddress!.Address!, Map(a.Status?.Response), a.Status?.Time))
            .ToList();

    private static ResponseStatus Map(ResponseType? response) => response switch
    {
        ResponseType.Accepted => ResponseStatus.Accepted,
        ResponseType.TentativelyAccepted => ResponseStatus.TentativelyAccepted,
        ResponseType.Declined => ResponseStatus.Declined,
        // none, notResponded, organizer: nothing said (yet).
        _ => ResponseStatus.None,
    };

    private static List<GraphAttendee> Attendees(IReadOnlyList<Attendee> attendees) =>
        attendees.Select(a => new GraphAttendee
        {
            EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name },
            Type = a.Optional ? AttendeeType.Optional : AttendeeType.Required,
        }).ToList();

    private static void Validate(string subject, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<Attendee> attendees)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw Invalid("An event needs a subject.");
        }

        if (end <= start)
        {
            throw Invalid($"An event must end after it starts ({start:O} – {end:O}).");
        }

        if (attendees.Any(a => string.IsNullOrWhiteSpace(a.Email)))
        {
            throw Invalid("Every attendee needs an e-mail address.");
        }
    }

    private static MessageDeliveryException Invalid(string message) => new(message, "InvalidRequest", null, isTransient: false);
}
