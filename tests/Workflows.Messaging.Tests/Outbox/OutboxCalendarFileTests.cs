using Ical.Net;
using Ical.Net.CalendarComponents;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>The .ics files the outbox writes, read back with Ical.Net.</summary>
[Collection("azurite")]
public sealed class OutboxCalendarFileTests(AzuriteFixture azurite)
{
    // 13 October 2026 is summer time (+02:00), 17 November 2026 winter time (+01:00).
    private static readonly DateTimeOffset Summer = new(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Winter = new(2026, 11, 17, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Invitation_IsRequestWithAttendeesZoneAndContent()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var created = await h.Outbox.CreateEventAsync(Request("inv-1", Summer));

        var (calendar, ev) = Load(h, "inv-1.ics");
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(created.ICalUid, ev.Uid);
        Assert.Equal(0, ev.Sequence);
        Assert.Equal("Directieberaad", ev.Summary);
        Assert.Equal("Agenda:\n1. Opening", ev.Description);
        Assert.Equal("Het Element, Bergen op Zoom", ev.Location);
        Assert.Equal("mailto:secretariaat@profijt.nl", ev.Organizer!.Value!.ToString());

        Assert.Equal("Europe/Amsterdam", ev.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 10, 13, 15, 0, 0), ev.DtStart.Value);
        Assert.Equal(new DateTime(2026, 10, 13, 17, 0, 0), ev.DtEnd!.Value);
        Assert.Equal(Summer.UtcDateTime, ev.DtStart.AsUtc);
        Assert.Equal("Europe/Amsterdam", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime, ev.DtStamp!.AsUtc);

        Assert.Collection(
            ev.Attendees,
            a => AssertAttendee(a, "mailto:anna@vmbo-noord.nl", "Anna de Vries", "REQ-PARTICIPANT"),
            a => AssertAttendee(a, "mailto:carla@hbo.nl", "Carla Smit", "OPT-PARTICIPANT"));
    }

    [Fact]
    public async Task TimeZone_DescribesBothAmsterdamOffsets()
    {
        // Clients without the IANA database place TZID=Europe/Amsterdam by the VTIMEZONE alone: it must carry
        // winter (+01:00) and summer (+02:00), or a meeting after the switch lands an hour off.
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.CreateEventAsync(Request("vtz", Summer));

        var text = File.ReadAllText(h.Outbox.GetPath("vtz.ics"));
        var zone = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..(text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal) + "END:VTIMEZONE".Length)];
        Assert.Contains("TZID:Europe/Amsterdam", zone, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD", zone, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", zone, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0100", zone, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0200", zone, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261013T150000", text, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"RFC 5545 folds lines longer than 75 octets: {line}"));
    }

    [Fact]
    public async Task WinterEvent_KeepsWallClockWithWinterOffset()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.CreateEventAsync(Request("winter", Winter));

        var (_, ev) = Load(h, "winter.ics");
        Assert.Equal("Europe/Amsterdam", ev.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 17, 15, 0, 0), ev.DtStart.Value);
        Assert.Equal(Winter.UtcDateTime, ev.DtStart.AsUtc);
    }

    [Fact]
    public async Task Update_SameUidHigherSequence_RetryWritesNothingNew()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("upd-inv", Summer));

        h.Clock.Advance(TimeSpan.FromDays(1));
        var update = new CalendarEventUpdate("upd-move", created, "Directieberaad (nieuwe tijd)", new("<p>Nieuw</p>", "Nieuw"), Winter, Winter.AddHours(2), "Europe/Amsterdam", Attendees, "Online", MessageLabels.Of("meeting.updated"));
        var updated = await h.Outbox.UpdateEventAsync(update);
        h.Clock.Advance(TimeSpan.FromHours(1));
        var retried = await h.Outbox.UpdateEventAsync(update);

        Assert.Equal(1, updated.Sequence);
        Assert.Equal(updated, retried);
        var (calendar, ev) = Load(h, "upd-move.ics");
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(created.ICalUid, ev.Uid);
        Assert.Equal(1, ev.Sequence);
        Assert.Equal(new DateTime(2026, 11, 17, 15, 0, 0), ev.DtStart!.Value);
        Assert.Equal("Directieberaad (nieuwe tijd)", ev.Summary);
        Assert.Equal(2, Directory.GetFiles(h.Options.OutputDirectory).Length);
        var record = Assert.Single(await h.Outbox.ListAsync(), r => r.IdempotencyKey == "upd-move");
        Assert.Equal(OutboxStatus.Updated, record.Status);
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 8, 0, 0, TimeSpan.Zero), record.At);
    }

    [Fact]
    public async Task Cancel_SameUidHigherSequenceAndComment()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("cxl-inv", Summer));
        var updated = await h.Outbox.UpdateEventAsync(new CalendarEventUpdate("cxl-upd", created, "Directieberaad", new("<p>x</p>", "x"), Summer, Summer.AddHours(2), "Europe/Amsterdam", Attendees, null, MessageLabels.Of("meeting.updated")));

        await h.Outbox.CancelEventAsync(new CalendarEventCancellation("cxl-1", updated, "Geen quorum: geen mbo-school heeft aangenomen.", MessageLabels.Of("meeting.cancelled", ("reason", "quorum"))));

        var (_, invitation) = Load(h, "cxl-inv.ics");
        var (calendar, cancel) = Load(h, "cxl-1.ics");
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(invitation.Uid, cancel.Uid);
        Assert.True(cancel.Sequence > updated.Sequence);
        Assert.Equal("CANCELLED", cancel.Status);
        Assert.Equal("Geen quorum: geen mbo-school heeft aangenomen.", cancel.Description);
        Assert.Equal(2, cancel.Attendees.Count);
        var record = Assert.Single(await h.Outbox.ListAsync(), r => r.IdempotencyKey == "cxl-1");
        Assert.Equal(OutboxStatus.Cancelled, record.Status);
        Assert.Equal(["anna@vmbo-noord.nl", "carla@hbo.nl"], record.Recipients);
        Assert.Equal("quorum", record.Labels.Values["reason"]);
        Assert.True((await h.Outbox.GetEventAsync(created.EventId))!.Cancelled);
    }

    [Fact]
    public async Task UpdateAfterCancel_FailsPermanently()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("uac-inv", Summer));
        await h.Outbox.CancelEventAsync(new CalendarEventCancellation("uac-cxl", created, "weg", MessageLabels.Of("meeting.cancelled")));

        var error = await Assert.ThrowsAsync<MessageDeliveryException>(() => h.Outbox.UpdateEventAsync(
            new CalendarEventUpdate("uac-upd", created, "x", new("x", "x"), Summer, Summer.AddHours(1), "Europe/Amsterdam", Attendees, null, MessageLabels.Of("meeting.updated"))));

        Assert.False(error.IsTransient);
        Assert.False(File.Exists(h.Outbox.GetPath("uac-upd.ics")));
    }

    [Fact]
    public async Task CreateRetry_OverwritesOneFile()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.CreateEventAsync(Request("retry", Summer));
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.Outbox.CreateEventAsync(Request("retry", Summer));

        Assert.Equal([h.Outbox.GetPath("retry.ics")], Directory.GetFiles(h.Options.OutputDirectory));
        var record = Assert.Single(await h.Outbox.ListAsync());
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), record.At);
    }

    [Fact]
    public async Task Online_WithoutLocation_SaysOnline()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.CreateEventAsync(Request("online", Summer) with { Location = null, Online = true });

        Assert.Contains("Teams", Load(h, "online.ics").Event.Location, StringComparison.Ordinal);
    }

    private static readonly IReadOnlyList<Attendee> Attendees =
    [
        new("anna@vmbo-noord.nl", "Anna de Vries"),
        new("carla@hbo.nl", "Carla Smit", Optional: true),
    ];

    private static CalendarEventRequest Request(string key, DateTimeOffset start) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        "Directieberaad",
        new MessageBody("<p>Agenda:</p><ol><li>Opening</li></ol>", "Agenda:\n1. Opening"),
        start,
        start.AddHours(2),
        "Europe/Amsterdam",
        Attendees,
        "Het Element, Bergen op Zoom",
        Online: false,
        MessageLabels.Of("meeting.invited", ("series", "directieberaad")));

    private static (Calendar Calendar, CalendarEvent Event) Load(OutboxHarness h, string fileName)
    {
        var calendar = Calendar.Load(File.ReadAllText(h.Outbox.GetPath(fileName)))!;
        return (calendar, Assert.Single(calendar.Events));
    }

    private static void AssertAttendee(Ical.Net.DataTypes.Attendee attendee, string uri, string name, string role)
    {
        Assert.Equal(uri, attendee.Value!.ToString());
        Assert.Equal(name, attendee.CommonName);
        Assert.Equal(role, attendee.Role);
        Assert.True(attendee.Rsvp);
        Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);
    }
}
