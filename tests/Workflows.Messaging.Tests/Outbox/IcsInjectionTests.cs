using Ical.Net;
using Workflows.Messaging.Outbox;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>
/// The .ics text is built from names, titles and locations a user typed; whatever they hold, it must never become a
/// content line of its own (the file's limits are the first defence, this writer the second).
/// </summary>
public sealed class IcsInjectionTests
{
    private const string Evil = "Evil\";ROLE=CHAIR\r\nX-INJ: 1";
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);

    private static EventState State(string name, string subject = "Directieberaad", string? location = "Het Element") => new(
        "ev-1",
        "secretariaat@profijt.nl",
        "uid-1@profijt",
        0,
        subject,
        Start,
        Start.AddHours(2),
        "Europe/Amsterdam",
        location,
        Online: false,
        [new Attendee("anna@vmbo-noord.nl", name), new Attendee("carla@hbo.nl", "Carla Smit", Optional: true)],
        MessageLabels.Of("meeting.invited"),
        Cancelled: false,
        new Dictionary<string, int>());

    private static string[] Lines(string ics) => ics.Split("\r\n");

    [Theory]
    [InlineData(Evil)]
    [InlineData("Evil\nX-INJ: 1")]
    [InlineData("Evil\rX-INJ: 1")]
    [InlineData("Evil\u2028X-INJ: 1")]
    [InlineData("Evil\u0085X-INJ: 1")]
    [InlineData("\"Evil\":mailto:x@y.nl\r\nX-INJ: 1")]
    public void A_name_with_line_breaks_and_quotes_never_makes_a_content_line_of_its_own(string name)
    {
        foreach (string ics in new[] { IcsWriter.Request(State(name), "Agenda", Start), IcsWriter.Cancel(State(name), "Gaat niet door", Start) })
        {
            Assert.DoesNotContain(Lines(ics), line => line.StartsWith("X-INJ", StringComparison.OrdinalIgnoreCase));
            Assert.All(ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), c => Assert.False(char.IsControl(c) && c != '\t', $"control character U+{(int)c:X4}"));

            // Read back, the event still has exactly its two attendees with their own roles.
            var ev = Assert.Single(Calendar.Load(ics)!.Events);
            Assert.Equal(2, ev.Attendees.Count);
            Assert.Equal("mailto:anna@vmbo-noord.nl", ev.Attendees[0].Value!.ToString());
            Assert.Equal("REQ-PARTICIPANT", ev.Attendees[0].Role);
            Assert.DoesNotContain("\"", ev.Attendees[0].CommonName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Texts_with_line_breaks_stay_escaped_inside_their_property()
    {
        string ics = IcsWriter.Request(State("Anna", subject: "Overleg\r\nX-INJ: 1", location: "Zaal 1\r\nX-INJ: 2"), "Agenda\r\nX-INJ: 3", Start);

        Assert.DoesNotContain(Lines(ics), line => line.StartsWith("X-INJ", StringComparison.OrdinalIgnoreCase));
        var ev = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.StartsWith("Overleg", ev.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Zaal 1", ev.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_name_is_kept_as_written()
    {
        string ics = IcsWriter.Request(State("Anna 'de' Vries; ROLE=CHAIR, é 🙂"), "Agenda", Start);

        Assert.Equal("Anna 'de' Vries; ROLE=CHAIR, é 🙂", Calendar.Load(ics)!.Events.Single().Attendees[0].CommonName);
    }

    [Theory]
    [InlineData("anna@vmbo-noord.nl\r\nX-INJ: 1")]
    [InlineData("anna\u0000@vmbo-noord.nl")]
    [InlineData("anna@vmbo-noord.nl\u0085")]
    public void An_address_with_control_characters_is_refused(string email)
    {
        Assert.Throws<ArgumentException>(() => OutboxValidation.Address(email, "attendee"));
    }
}
