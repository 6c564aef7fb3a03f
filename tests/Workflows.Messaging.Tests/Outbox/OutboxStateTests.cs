using Azure.Data.Tables;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>What the outbox keeps in Table Storage: records, event state across restarts, answers, bad input.</summary>
[Collection("azurite")]
public sealed class OutboxStateTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Records_HoldWhoWhatWhenStatusAndFile_InVirtualTime()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var t0 = h.Clock.GetUtcNow();

        var created = await h.Outbox.CreateEventAsync(Request("rec-inv"));
        h.Clock.Advance(TimeSpan.FromDays(30));
        await h.Outbox.SendMailAsync(new MailMessage("rec-mail", OutboxHarness.OrganizerMailbox, [new("chair@vmbo-noord.nl", "Voorzitter")], [new("coord@profijt.nl", "Coördinator")], "Agenda", new("<p>a</p>", "a"), [], MessageLabels.Of("meeting.agenda-requested", ("series", "directieberaad"))));

        var records = await h.Outbox.ListAsync();
        Assert.Collection(
            records,
            r =>
            {
                Assert.Equal("rec-inv", r.IdempotencyKey);
                Assert.Equal(OutboxChannel.Calendar, r.Channel);
                Assert.Equal(OutboxStatus.Sent, r.Status);
                Assert.Equal(t0, r.At);
                Assert.Equal(["anna@vmbo-noord.nl", "bram@mbo-west.nl"], r.Recipients);
                Assert.Equal("meeting.invited", r.Labels.Kind);
                Assert.Equal("directieberaad", r.Labels.Values["series"]);
                Assert.Equal("Directieberaad", r.Subject);
                Assert.Equal("rec-inv.ics", r.FileName);
                Assert.Equal(created.EventId, r.EventId);
                Assert.Equal(0, r.Sequence);
            },
            r =>
            {
                Assert.Equal(OutboxChannel.Mail, r.Channel);
                Assert.Equal(t0.AddDays(30), r.At);
                Assert.Equal(["chair@vmbo-noord.nl", "coord@profijt.nl"], r.Recipients);
                Assert.Equal("meeting.agenda-requested", r.Labels.Kind);
                Assert.Null(r.EventId);
            });

        // The records are real rows in the table, readable without the gateway.
        var table = h.Tables.GetTableClient(h.Options.TableName);
        var rows = table.QueryAsync<TableEntity>(e => e.PartitionKey == "message");
        var kinds = new List<string>();
        await foreach (var row in rows)
        {
            kinds.Add(row.GetString("Kind"));
        }

        Assert.Equal(["meeting.agenda-requested", "meeting.invited"], kinds.Order());
    }

    [Fact]
    public async Task AfterRestart_RetryCreateSameRef_UpdateAndResponsesWork()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("restart-inv"));

        var restarted = h.NewGateway();
        var again = await restarted.CreateEventAsync(Request("restart-inv"));
        var updated = await restarted.UpdateEventAsync(new CalendarEventUpdate("restart-upd", created, "Nieuw", new("n", "n"), Start.AddDays(7), Start.AddDays(7).AddHours(2), "Europe/Amsterdam", Request("x").Attendees, null, MessageLabels.Of("meeting.updated")));
        var createdAfterUpdate = await h.NewGateway().CreateEventAsync(Request("restart-inv"));

        Assert.Equal(created, again);
        Assert.Equal(created, createdAfterUpdate);
        Assert.Equal(1, updated.Sequence);
        var snapshot = await h.NewGateway().GetEventAsync(created.EventId);
        Assert.Equal(Start.AddDays(7), snapshot!.Start);
        Assert.Equal("Nieuw", snapshot.Subject);
        Assert.Equal(1, snapshot.Event.Sequence);
    }

    [Fact]
    public async Task Responses_SourceAskedWithSnapshotAndVirtualNow_StrangersDropped()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var created = await h.Outbox.CreateEventAsync(Request("resp-inv"));
        h.Clock.Advance(TimeSpan.FromDays(3));
        h.Responses.Set(created.EventId, new AttendeeResponse("ANNA@vmbo-noord.nl", ResponseStatus.TentativelyAccepted, Comment: "Misschien later"));
        h.Responses.Set(created.EventId, new AttendeeResponse("stranger@elders.nl", ResponseStatus.Accepted));

        var responses = await h.Outbox.GetResponsesAsync(created);

        Assert.Collection(
            responses,
            r =>
            {
                Assert.Equal("anna@vmbo-noord.nl", r.Email);
                Assert.Equal(ResponseStatus.TentativelyAccepted, r.Response);
                Assert.Equal("Misschien later", r.Comment);
            },
            r => Assert.Equal(new AttendeeResponse("bram@mbo-west.nl", ResponseStatus.None), r));
        var (asked, asOf) = Assert.Single(h.Responses.Asked);
        Assert.Equal(h.Clock.GetUtcNow(), asOf);
        Assert.Equal(created, asked.Event);
        Assert.Equal("directieberaad", asked.Labels.Values["series"]);
        Assert.False(asked.Cancelled);
    }

    [Fact]
    public async Task Responses_WithoutSource_EveryoneNone()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var gateway = new OutboxGateway(h.Options, responses: null, h.Clock);
        var created = await gateway.CreateEventAsync(Request("nosource"));

        var responses = await gateway.GetResponsesAsync(created);

        Assert.Equal([ResponseStatus.None, ResponseStatus.None], responses.Select(r => r.Response));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    public async Task BadEvent_WritesNothing(string timeZone)
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.Outbox.CreateEventAsync(Request("bad") with { TimeZone = timeZone }));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Outbox.CreateEventAsync(Request("bad2") with { End = Start }));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Outbox.CreateEventAsync(Request("bad3") with { Attendees = [] }));

        Assert.Contains("time zone", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(h.Options.OutputDirectory));
        Assert.Empty(await h.Outbox.ListAsync());
    }

    private static CalendarEventRequest Request(string key) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        "Directieberaad",
        new MessageBody("<p>a</p>", "a"),
        Start,
        Start.AddHours(2),
        "Europe/Amsterdam",
        [new("anna@vmbo-noord.nl", "Anna de Vries"), new("bram@mbo-west.nl", "Bram Jansen")],
        null,
        Online: false,
        MessageLabels.Of("meeting.invited", ("series", "directieberaad")));
}
