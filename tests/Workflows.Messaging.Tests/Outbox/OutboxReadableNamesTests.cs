using System.Text;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>
/// Files named by the caller's label (<see cref="MessageLabels.FileLabel"/>) and a hash of the key: readable, still one
/// file per key (a retry rewrites it), and the same bytes for the same message.
/// </summary>
[Collection("azurite")]
public sealed class OutboxReadableNamesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 17, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_labelled_mail_is_named_by_its_label_and_its_keys_hash_and_a_retry_writes_no_second_file()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        const string key = "0f1e2d3c4b5a69788796a5b4c3d2e1f0/notice";
        string expected = $"2026-11-17 directieberaad afgelast {OutboxFileNames.Hash(key)[..8]}.eml";

        await h.Outbox.SendMailAsync(Mail(key, "2026-11-17 directieberaad afgelast"));
        await h.NewGateway().SendMailAsync(Mail(key, "2026-11-17 directieberaad afgelast"));

        Assert.Equal([h.Outbox.GetPath(expected)], Directory.GetFiles(h.Options.OutputDirectory));
        var record = Assert.Single(await h.Outbox.ListAsync());
        Assert.Equal(expected, record.FileName);
        Assert.Equal(key, record.IdempotencyKey);
    }

    [Fact]
    public async Task Two_mails_with_one_label_get_two_files()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.SendMailAsync(Mail("step/anne", "2027-05-14 ronde herinnering"));
        await h.Outbox.SendMailAsync(Mail("step/bert", "2027-05-14 ronde herinnering"));

        var names = (await h.Outbox.ListAsync()).Select(r => r.FileName).ToList();
        Assert.Equal(2, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches(@"^2027-05-14 ronde herinnering [0-9a-f]{8}\.eml$", n));
        Assert.Equal(2, Directory.GetFiles(h.Options.OutputDirectory).Length);
    }

    [Fact]
    public async Task An_invitation_its_update_and_its_cancellation_each_have_their_labelled_file()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);

        var created = await h.Outbox.CreateEventAsync(Request("inv", "2026-11-17 directieberaad uitnodiging"));
        var updated = await h.Outbox.UpdateEventAsync(new CalendarEventUpdate(
            "upd", created, "Directieberaad", new MessageBody("<p>Nieuw</p>", "Nieuw"), Start.AddHours(1), Start.AddHours(3), "Europe/Amsterdam",
            [new Attendee("a@school.example", "Anne")], null, Labels("2026-11-17 directieberaad verplaatst")));
        await h.Outbox.CancelEventAsync(new CalendarEventCancellation("cxl", updated, "Gaat niet door", Labels("2026-11-17 directieberaad afgelast")));
        // A retried create with another label names nothing new: the key was applied.
        await h.Outbox.CreateEventAsync(Request("inv", "iets anders"));

        Assert.Equal(
            [
                $"2026-11-17 directieberaad afgelast {OutboxFileNames.Hash("cxl")[..8]}.ics",
                $"2026-11-17 directieberaad uitnodiging {OutboxFileNames.Hash("inv")[..8]}.ics",
                $"2026-11-17 directieberaad verplaatst {OutboxFileNames.Hash("upd")[..8]}.ics",
            ],
            Directory.GetFiles(h.Options.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            Directory.GetFiles(h.Options.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            (await h.Outbox.ListAsync()).Select(r => r.FileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_mail_gives_the_same_bytes_in_another_outbox()
    {
        await using var first = new OutboxHarness(azurite.ConnectionString);
        await using var second = new OutboxHarness(azurite.ConnectionString);
        var mail = Mail("same-key", "2026-11-17 directieberaad bevestiging") with
        {
            Attachments = [new MailAttachment("uitnodiging.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))],
        };

        await first.Outbox.SendMailAsync(mail);
        await second.Outbox.SendMailAsync(mail);

        var a = await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(first.Options.OutputDirectory)));
        var b = await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(second.Options.OutputDirectory)));
        Assert.Contains("boundary=", Encoding.ASCII.GetString(a), StringComparison.Ordinal);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("2026-11-17 directieberaad uitnodiging", "2026-11-17 directieberaad uitnodiging")]
    [InlineData("a:b\\c/d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j")]
    [InlineData("CON", "CON")]
    [InlineData("con.txt", "con-txt")]
    [InlineData("naam.", "naam")]
    [InlineData("  twee\t\r\nregels  ", "twee regels")]
    [InlineData("--force", "force")]
    [InlineData("...", "")]
    [InlineData("Docentenwerkgroep Z&W overleg", "Docentenwerkgroep Z&W overleg")]
    [InlineData("coo\u0308rdinatoren", "coördinatoren")]
    public void A_label_is_made_safe_on_every_file_system(string label, string expected) =>
        Assert.Equal(expected, OutboxFileNames.Safe(label));

    [Fact]
    public void A_name_is_never_a_reserved_windows_name_never_ends_in_a_dot_or_space_and_stays_short()
    {
        string[] labels = ["CON", "nul", "com1.x", "aux ", "x.", new string('w', 500), "é" + new string('\u00e9', 300), new string('a', 79) + "\ud83d\ude00", string.Empty];
        string[] reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "LPT1"];

        foreach (string label in labels)
        {
            string name = OutboxFileNames.File("key", label) + ".eml";
            string device = name.Split('.')[0].TrimEnd(' ');
            Assert.DoesNotContain(device, reserved, StringComparer.OrdinalIgnoreCase);
            Assert.False(name.EndsWith('.') || name.EndsWith(' '), name);
            Assert.True(Encoding.UTF8.GetByteCount(name) < 200, name);
            Assert.Equal(-1, name.IndexOfAny(['\\', '/', ':', '*', '?', '"', '<', '>', '|']));
            Assert.DoesNotContain(name, char.IsControl);
            Assert.False(name.Length >= 14 && char.IsHighSurrogate(name[^14]), name); // the label's last character: never half a pair
            Assert.Equal(name, OutboxFileNames.File("key", label) + ".eml");
        }
    }

    [Fact]
    public void Without_a_label_the_name_is_the_escaped_key_as_before() =>
        Assert.Equal("inst%2F42%3A7", OutboxFileNames.File("inst/42:7", null));

    private static MessageLabels Labels(string file) => MessageLabels.Of("meeting.invited", ("series", "directieberaad")) with { FileLabel = file };

    private static MailMessage Mail(string key, string label) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        [new Recipient("a@school.example", "Anne")],
        [],
        "Directieberaad",
        new MessageBody("<p>Hallo</p>", "Hallo"),
        [],
        Labels(label));

    private static CalendarEventRequest Request(string key, string label) => new(
        key, OutboxHarness.OrganizerMailbox, "Directieberaad", new MessageBody("<p>Agenda</p>", "Agenda"), Start, Start.AddHours(2), "Europe/Amsterdam",
        [new Attendee("a@school.example", "Anne")], null, Online: false, Labels(label));
}
