using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// Writes a subscription feed: a published calendar (no METHOD, no attendees, no organizer mailbox) with its name,
/// how often clients should fetch it again, the partnership's VTIMEZONE, and per occurrence only what every member
/// already has in the invitation: the meeting's title, time and place. Cancelled occurrences stay in, with
/// STATUS:CANCELLED, so a client that had them shows them as cancelled rather than silently dropping them.
/// </summary>
internal static class FeedWriter
{
    public const string ProductId = "-//Workflows//Partnership Calendar Feed//NL";

    /// <summary>How often a client should fetch the feed again: twice a day keeps a move or cancellation current.</summary>
    private const string Refresh = "PT12H";

    public static string Write(PartnershipConfig config, string name, IReadOnlyList<FeedOccurrence> occurrences, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(occurrences);
        bool english = config.Partnership.Language == Language.En;
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", Line(name));
        calendar.AddProperty("X-WR-TIMEZONE", config.Partnership.TimeZone);
        calendar.AddProperty("X-PUBLISHED-TTL", Refresh);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", Refresh);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);

        // As for the invitations: Ical.Net builds the VTIMEZONE from the earliest date given up to a year after the real
        // clock, so that date never lies later than now.
        var zone = PartnershipPlanner.Zone(config);
        var earliest = occurrences.Count > 0 ? occurrences.Min(o => o.Start.ToDateTimeUtc()) : DateTime.UtcNow;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(config.Partnership.TimeZone, earliest < DateTime.UtcNow ? earliest : DateTime.UtcNow, includeHistoricalData: false));

        var stamp = new CalDateTime(now.UtcDateTime, "UTC", hasTime: true);
        foreach (var occurrence in occurrences)
        {
            var meeting = occurrence.Meeting;
            var item = new CalendarEvent
            {
                Uid = FeedOccurrences.Uid(config, occurrence),
                Summary = Line(meeting.ShortName ?? meeting.Title),
                Location = Location(meeting) is { } location ? Line(location) : null,
                DtStart = Local(occurrence.Start, zone),
                DtEnd = Local(occurrence.End, zone),
                DtStamp = stamp,
                Transparency = TransparencyType.Opaque,
            };
            if (occurrence.Cancelled)
            {
                item.Status = EventStatus.Cancelled;
                item.Description = english ? "This meeting will not take place." : "Dit overleg gaat niet door.";
            }
            else
            {
                item.Status = EventStatus.Confirmed;
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net produced no calendar text.");
    }

    // As the outbox's invitations say it: the feed cannot carry the Teams link, only that the meeting is online.
    private static string? Location(Meeting meeting) =>
        !meeting.Online ? meeting.Location
        : string.IsNullOrWhiteSpace(meeting.Location) ? "Online (Teams)"
        : $"{meeting.Location} / online (Teams)";

    private static CalDateTime Local(ZonedDateTime at, DateTimeZone zone)
        => new(at.WithZone(zone).LocalDateTime.ToDateTimeUnspecified(), zone.Id, hasTime: true);

    /// <summary>A one-line TEXT value: control characters and Unicode line breaks become spaces (as in the invitations).</summary>
    private static string Line(string value)
        => new([.. value.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);
}
