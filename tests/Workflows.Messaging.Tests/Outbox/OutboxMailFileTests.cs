using System.Text;
using MimeKit;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>The .eml files the outbox writes, read back with MimeKit.</summary>
[Collection("azurite")]
public sealed class OutboxMailFileTests(AzuriteFixture azurite)
{
    private static readonly byte[] Ics = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");

    [Fact]
    public async Task Mail_HasHeadersBothBodiesAndAttachment()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var receipt = await h.Outbox.SendMailAsync(Mail("subsidy/sto-2026:announce#1"));

        var record = Assert.Single(await h.Outbox.ListAsync());
        Assert.Equal("subsidy%2Fsto-2026%3Aannounce%231.eml", record.FileName);
        var raw = await File.ReadAllTextAsync(h.Outbox.GetPath(record));
        Assert.DoesNotMatch("[^\r]\n", raw); // RFC 5322: CRLF line ends on every platform
        using var message = await MimeMessage.LoadAsync(h.Outbox.GetPath(record));
        Assert.Equal("secretariaat@profijt.nl", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(["directeur@vmbo-noord.nl", "dir@mbo-west.nl"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Dirk Directeur", message.To.Mailboxes.First().Name);
        Assert.Equal(["coordinator@profijt.nl"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("Subsidieronde €: Sterk Techniekonderwijs", message.Subject);
        Assert.Equal(receipt.MessageId, message.MessageId);
        Assert.Equal(h.Clock.GetUtcNow(), message.Date);
        Assert.Equal(h.Clock.GetUtcNow(), receipt.SentAt);

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal("multipart/alternative", alternative.ContentType.MimeType);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(2, parts.Count);
        Assert.Contains(parts, p => p.IsPlain && p.Text.Contains("https://x.test/a?s=1&t=2", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.IsHtml && p.Text.Contains("<a href=\"https://x.test/a?s=1&amp;t=2\">", StringComparison.Ordinal));

        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("uitnodiging.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await Assert.IsType<MimeContent>(attachment.Content).DecodeToAsync(content);
        Assert.Equal(Ics, content.ToArray());
    }

    [Fact]
    public async Task MessageId_FollowsFromKey()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var a = await h.Outbox.SendMailAsync(Mail("key-a"));
        var b = await h.Outbox.SendMailAsync(Mail("key-b"));
        await using var other = new OutboxHarness(azurite.ConnectionString);
        var aElsewhere = await other.Outbox.SendMailAsync(Mail("key-a"));

        Assert.NotEqual(a.MessageId, b.MessageId);
        Assert.Equal(a.MessageId, aElsewhere.MessageId);
        Assert.EndsWith("@profijt.nl", a.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_OneFileFirstReceiptNoTempLeft()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var first = await h.Outbox.SendMailAsync(Mail("retry-mail"));
        h.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await h.NewGateway().SendMailAsync(Mail("retry-mail"));

        Assert.Equal(first, second);
        Assert.Equal([h.Outbox.GetPath("retry-mail.eml")], Directory.GetFiles(h.Options.OutputDirectory));
        Assert.Single(await h.Outbox.ListAsync());
    }

    [Fact]
    public async Task BadMail_WritesNothing()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await Assert.ThrowsAsync<ArgumentException>(() => h.Outbox.SendMailAsync(Mail("bad") with { To = [new Recipient("not-an-address", "X")] }));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Outbox.SendMailAsync(Mail(" ")));

        Assert.Empty(Directory.GetFiles(h.Options.OutputDirectory));
        Assert.Empty(await h.Outbox.ListAsync());
    }

    private static MailMessage Mail(string key) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        [new Recipient("directeur@vmbo-noord.nl", "Dirk Directeur"), new Recipient("dir@mbo-west.nl", "Wim West")],
        [new Recipient("coordinator@profijt.nl", "Cora")],
        "Subsidieronde €: Sterk Techniekonderwijs",
        new MessageBody(
            "<p>Doet u mee?</p><p><a href=\"https://x.test/a?s=1&amp;t=2\">We vragen aan</a></p>",
            "Doet u mee?\n\nWe vragen aan:\nhttps://x.test/a?s=1&t=2\n"),
        [new MailAttachment("uitnodiging.ics", "text/calendar", Ics)],
        MessageLabels.Of("subsidy.announced", ("round", "sto-2026")));
}
