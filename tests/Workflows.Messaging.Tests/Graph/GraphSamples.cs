namespace Workflows.Messaging.Tests.Graph;

/// <summary>Requests the Graph tests send: a directors' meeting of the Profijt partnership.</summary>
internal static class GraphSamples
{
    public static readonly Attendee Chair = new("j.devries@vmbo-noord.example", "Jan de Vries");
    public static readonly Attendee Director = new("a.bakker@mbo-rijn.example", "Anouk Bakker");
    public static readonly Attendee Guest = new("p.jansen@gemeente.example", "Pieter Jansen", Optional: true);

    /// <summary>Tuesday 13 October 2026, 15:00–17:00 in Amsterdam (CEST, UTC+2).</summary>
    public static CalendarEventRequest Meeting(string key = "directieberaad-2026-10-13", bool online = false) => new(
        key,
        GraphHarness.Organizer,
        "Directieberaad",
        new MessageBody("<p>Agenda: <b>stages</b></p>", "Agenda: stages"),
        new DateTimeOffset(2026, 10, 13, 13, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 10, 13, 15, 0, 0, TimeSpan.Zero),
        "Europe/Amsterdam",
        [Chair, Director, Guest],
        online ? null : "Lokaal 2.14, Vmbo Noord",
        online,
        MessageLabels.Of("meeting.invited", ("series", "directieberaad"), ("occurrence", "2026-10-13")));

    public static MailMessage Mail(string key = "reminder-2026-10-06", string from = GraphHarness.Organizer) => new(
        key,
        from,
        [new Recipient(Director.Email, Director.Name)],
        [new Recipient(Chair.Email, Chair.Name)],
        "Herinnering: directieberaad dinsdag 13 oktober 2026",
        new MessageBody("<p>Graag uw reactie: <a href=\"https://example.test/rsvp?sig=abc\">ja</a></p>", "Graag uw reactie: https://example.test/rsvp?sig=abc"),
        [new MailAttachment("uitnodiging.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray())],
        MessageLabels.Of("meeting.reminded", ("series", "directieberaad")));
}
