using System.Text;

namespace Workflows.Messaging.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IMessageGateway"/> back-end promises. A back-end's test class derives from this and
/// says how to build its harness; xunit runs every test below against it.
/// </summary>
public abstract class MessageGatewayContract
{
    protected static readonly DateTimeOffset Start = new(2026, 10, 13, 15, 0, 0, TimeSpan.FromHours(2));

    /// <summary>A fresh back-end with nothing sent yet.</summary>
    protected abstract Task<IMessageGatewayHarness> CreateHarnessAsync();

    [Fact]
    public async Task Create_ReturnsRefWithUidAndSequence()
    {
        await using var h = await CreateHarnessAsync();

        var created = await h.Gateway.CreateEventAsync(Request(h, "create-1"));

        Assert.Equal(h.Organizer, created.Organizer);
        Assert.False(string.IsNullOrWhiteSpace(created.EventId));
        Assert.False(string.IsNullOrWhiteSpace(created.ICalUid));
        Assert.True(created.Sequence >= 0);
        var held = Assert.Single(await h.ListEventsAsync());
        Assert.Equal(created.EventId, held.EventId);
        Assert.Equal(created.ICalUid, held.ICalUid);
        Assert.Equal("Directieberaad", held.Subject);
        Assert.Equal(Start, held.Start);
        Assert.False(held.Cancelled);
    }

    [Fact]
    public async Task Create_SameKeyTwice_OneEventSameRef()
    {
        await using var h = await CreateHarnessAsync();

        var first = await h.Gateway.CreateEventAsync(Request(h, "create-twice"));
        var second = await h.Gateway.CreateEventAsync(Request(h, "create-twice"));

        Assert.Equal(first, second);
        Assert.Single(await h.ListEventsAsync());
    }

    [Fact]
    public async Task Create_DifferentKeys_TwoEvents()
    {
        await using var h = await CreateHarnessAsync();

        var a = await h.Gateway.CreateEventAsync(Request(h, "occurrence-a"));
        var b = await h.Gateway.CreateEventAsync(Request(h, "occurrence-b"));

        Assert.NotEqual(a.EventId, b.EventId);
        Assert.NotEqual(a.ICalUid, b.ICalUid);
        Assert.Equal(2, (await h.ListEventsAsync()).Count);
    }

    [Fact]
    public async Task Update_KeepsIdentity_RaisesSequenceOnce()
    {
        await using var h = await CreateHarnessAsync();
        var created = await h.Gateway.CreateEventAsync(Request(h, "upd-create"));

        var update = Update(created, "upd-1", Start.AddHours(1));
        var updated = await h.Gateway.UpdateEventAsync(update);
        var retried = await h.Gateway.UpdateEventAsync(update);

        Assert.Equal(created.EventId, updated.EventId);
        Assert.Equal(created.ICalUid, updated.ICalUid);
        Assert.True(updated.Sequence > created.Sequence);
        Assert.Equal(updated, retried);
        var held = Assert.Single(await h.ListEventsAsync());
        Assert.Equal(Start.AddHours(1), held.Start);
        Assert.Equal("Directieberaad (verplaatst)", held.Subject);
    }

    [Fact]
    public async Task Update_Twice_SequenceKeepsRising()
    {
        await using var h = await CreateHarnessAsync();
        var created = await h.Gateway.CreateEventAsync(Request(h, "upd2-create"));

        var first = await h.Gateway.UpdateEventAsync(Update(created, "upd2-1", Start.AddHours(1)));
        var second = await h.Gateway.UpdateEventAsync(Update(first, "upd2-2", Start.AddHours(2)));

        Assert.True(second.Sequence > first.Sequence);
        Assert.Equal(Start.AddHours(2), Assert.Single(await h.ListEventsAsync()).Start);
    }

    [Fact]
    public async Task Cancel_MarksEventCancelled()
    {
        await using var h = await CreateHarnessAsync();
        var created = await h.Gateway.CreateEventAsync(Request(h, "cancel-create"));

        var cancellation = new CalendarEventCancellation("cancel-1", created, "Geen quorum: geen mbo-school heeft aangenomen.", MessageLabels.Of("meeting.cancelled"));
        await h.Gateway.CancelEventAsync(cancellation);
        await h.Gateway.CancelEventAsync(cancellation);

        var held = Assert.Single(await h.ListEventsAsync());
        Assert.Equal(created.ICalUid, held.ICalUid);
        Assert.True(held.Cancelled);
    }

    [Fact]
    public async Task Responses_OnePerAttendee_NoneForSilent()
    {
        await using var h = await CreateHarnessAsync();
        var created = await h.Gateway.CreateEventAsync(Request(h, "rsvp-create"));

        await h.SetResponseAsync(created, "anna@vmbo-noord.nl", ResponseStatus.Accepted);
        await h.SetResponseAsync(created, "bram@mbo-west.nl", ResponseStatus.Declined);
        var responses = await h.Gateway.GetResponsesAsync(created);

        Assert.Equal(3, responses.Count);
        Assert.Equal(ResponseStatus.Accepted, Single(responses, "anna@vmbo-noord.nl").Response);
        Assert.Equal(ResponseStatus.Declined, Single(responses, "bram@mbo-west.nl").Response);
        Assert.Equal(ResponseStatus.None, Single(responses, "carla@hbo.nl").Response);
    }

    [Fact]
    public async Task Mail_WithAttachment_IsSent()
    {
        await using var h = await CreateHarnessAsync();

        var receipt = await h.Gateway.SendMailAsync(Mail(h, "mail-1"));

        Assert.False(string.IsNullOrWhiteSpace(receipt.MessageId));
        var held = Assert.Single(await h.ListMailsAsync());
        Assert.Equal("Subsidieronde Sterk Techniekonderwijs geopend", held.Subject);
        Assert.Equal(["directeur@vmbo-noord.nl"], held.To);
        Assert.Equal(["uitnodiging.ics"], held.AttachmentNames);
    }

    [Fact]
    public async Task Mail_SameKeyTwice_OneMessage()
    {
        await using var h = await CreateHarnessAsync();

        var first = await h.Gateway.SendMailAsync(Mail(h, "mail-twice"));
        var second = await h.Gateway.SendMailAsync(Mail(h, "mail-twice"));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(await h.ListMailsAsync());
    }

    [Fact]
    public async Task UnknownEvent_FailsPermanently()
    {
        await using var h = await CreateHarnessAsync();
        var created = await h.Gateway.CreateEventAsync(Request(h, "known"));
        var unknown = created with { EventId = created.EventId + "x" };

        var onUpdate = await Assert.ThrowsAsync<MessageDeliveryException>(() => h.Gateway.UpdateEventAsync(Update(unknown, "unknown-upd", Start)));
        var onCancel = await Assert.ThrowsAsync<MessageDeliveryException>(() => h.Gateway.CancelEventAsync(new CalendarEventCancellation("unknown-cancel", unknown, "x", MessageLabels.Of("meeting.cancelled"))));
        var onResponses = await Assert.ThrowsAsync<MessageDeliveryException>(() => h.Gateway.GetResponsesAsync(unknown));

        Assert.All([onUpdate, onCancel, onResponses], e =>
        {
            Assert.False(e.IsTransient);
            Assert.Equal("ErrorItemNotFound", e.ErrorCode);
        });
        Assert.False(Assert.Single(await h.ListEventsAsync()).Cancelled);
    }

    protected static IReadOnlyList<Attendee> Attendees { get; } =
    [
        new("anna@vmbo-noord.nl", "Anna de Vries"),
        new("bram@mbo-west.nl", "Bram Jansen"),
        new("carla@hbo.nl", "Carla Smit", Optional: true),
    ];

    protected static CalendarEventRequest Request(IMessageGatewayHarness harness, string key) => new(
        key,
        harness.Organizer,
        "Directieberaad",
        new MessageBody("<p>Agenda: <b>opening</b></p>", "Agenda: opening"),
        Start,
        Start.AddHours(2),
        "Europe/Amsterdam",
        Attendees,
        "Het Element, Bergen op Zoom",
        Online: false,
        MessageLabels.Of("meeting.invited", ("series", "directieberaad"), ("occurrence", "2026-10-13")));

    protected static CalendarEventUpdate Update(CalendarEventRef calendarEvent, string key, DateTimeOffset start) => new(
        key,
        calendarEvent,
        "Directieberaad (verplaatst)",
        new MessageBody("<p>Nieuwe tijd</p>", "Nieuwe tijd"),
        start,
        start.AddHours(2),
        "Europe/Amsterdam",
        Attendees,
        "Het Element, Bergen op Zoom",
        MessageLabels.Of("meeting.updated", ("series", "directieberaad")));

    protected static MailMessage Mail(IMessageGatewayHarness harness, string key) => new(
        key,
        harness.Organizer,
        [new Recipient("directeur@vmbo-noord.nl", "Dirk Directeur")],
        [],
        "Subsidieronde Sterk Techniekonderwijs geopend",
        new MessageBody("<p>De ronde is open.</p>", "De ronde is open."),
        [new MailAttachment("uitnodiging.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))],
        MessageLabels.Of("subsidy.announced", ("round", "sto-2026")));

    private static AttendeeResponse Single(IReadOnlyList<AttendeeResponse> responses, string email) =>
        Assert.Single(responses, r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase));
}
