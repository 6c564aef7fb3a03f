using Ical.Net;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>Retries after a crash and concurrent attempts: never two events, never a lost update.</summary>
[Collection("azurite")]
public sealed class OutboxRetryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FileLeftByCrashedAttempt_IsOverwrittenByRetry()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        // A first attempt that died after its file (here: garbage) but before the table knew of the event.
        await File.WriteAllTextAsync(h.Outbox.GetPath("crashed.ics"), "BEGIN:VCALENDAR\r\nhalf");

        var created = await h.Outbox.CreateEventAsync(Request("crashed"));

        var calendar = Calendar.Load(await File.ReadAllTextAsync(h.Outbox.GetPath("crashed.ics")))!;
        Assert.Equal(created.ICalUid, Assert.Single(calendar.Events).Uid);
        Assert.Single(Directory.GetFiles(h.Options.OutputDirectory));
    }

    [Fact]
    public async Task ConcurrentCreates_SameKey_OneEventOneRecord()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var refs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => h.NewGateway().CreateEventAsync(Request("racing"))));

        Assert.Single(refs.Distinct());
        Assert.Single(await h.Outbox.ListAsync());
    }

    [Fact]
    public async Task ConcurrentUpdates_DifferentKeys_EachGetsItsOwnSequence()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("base"));

        var updates = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => h.NewGateway().UpdateEventAsync(
            new CalendarEventUpdate($"upd-{i}", created, $"Versie {i}", new("x", "x"), Start.AddDays(i), Start.AddDays(i).AddHours(2), "Europe/Amsterdam", Request("x").Attendees, null, MessageLabels.Of("meeting.updated")))));

        Assert.Equal([1, 2, 3, 4], updates.Select(u => u.Sequence).Order());
        var records = await h.Outbox.ListAsync();
        Assert.Equal(5, records.Count);
        foreach (var record in records.Where(r => r.Status == OutboxStatus.Updated))
        {
            // Each update's file carries the sequence its commit got, not the one of a lost race.
            var ev = Assert.Single(Calendar.Load(await File.ReadAllTextAsync(h.Outbox.GetPath(record)))!.Events);
            Assert.Equal(record.Sequence, ev.Sequence);
            Assert.Equal(updates.Single(u => u.Sequence == record.Sequence).Sequence, ev.Sequence);
        }

        Assert.Equal(4, (await h.Outbox.GetEventAsync(created.EventId))!.Event.Sequence);
    }

    [Fact]
    public async Task Online_IsKeptAcrossUpdates()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("online") with { Location = "Zaal 1", Online = true });

        await h.NewGateway().UpdateEventAsync(new CalendarEventUpdate("online-upd", created, "Nieuw", new("x", "x"), Start, Start.AddHours(1), "Europe/Amsterdam", Request("x").Attendees, "Zaal 2", MessageLabels.Of("meeting.updated")));

        var ev = Assert.Single(Calendar.Load(await File.ReadAllTextAsync(h.Outbox.GetPath("online-upd.ics")))!.Events);
        Assert.Equal("Zaal 2 / online (Teams)", ev.Location);
    }

    private static CalendarEventRequest Request(string key) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        "Directieberaad",
        new MessageBody("<p>a</p>", "a"),
        Start,
        Start.AddHours(2),
        "Europe/Amsterdam",
        [new("anna@vmbo-noord.nl", "Anna de Vries")],
        null,
        Online: false,
        MessageLabels.Of("meeting.invited"));
}
