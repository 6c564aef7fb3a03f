using System.Net;
using System.Text.RegularExpressions;
using Ical.Net;
using MimeKit;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// A simulated school year of both samples, read as a coordinator would (shared/SCHRIJFWIJZER.md): every meeting
/// message and the printed timeline, scanned for what must never be in Dutch output. Meeting messages are the ones
/// whose subject names a series (its short name: the calendar title, also in the cancellation).
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed partial class DutchMeetingTextTests(SimulatedYears years)
{
    private static readonly string[] Banned =
    [
        // English and engine words, configuration keys.
        "applying", "agenda-request", "rsvp-deadline", "reminder", "Running", "meeting.", "inviteLeadDays", "rsvpDeadlineDays",
        "chairReminderDays", "fixedItems", "requireKinds", "minAccepted", "lowTurnout", "shortName",
        // Words the review of 2026-12-02 took out.
        "quorum", "Beste genodigden", "aangenomen", "Uitnodiging:", "Geannuleerd", "Als voorzitter", "misschien is het goed",
    ];

    [Theory]
    [InlineData("profijt.yaml", "profijt-responses.yaml", new[] { "Directieberaad Profijt", "Klankbordgroep decanen", "Klankbordgroep zorgcoördinatoren", "Docentenwerkgroep BWI", "Docentenwerkgroep PIE", "Docentenwerkgroep M&T", "Docentenwerkgroep MaT", "Docentenwerkgroep MVI", "Docentenwerkgroep Z&W", "Docentenwerkgroep E&O", "Docentenwerkgroep HBR", "Docentenwerkgroep Groen", "Docentenwerkgroep D&P" })]
    [InlineData("element.yaml", null, new[] { "Routeoverleg vmbo-mbo" })]
    public async Task A_simulated_year_writes_every_meeting_message_as_a_coordinator_would(string config, string? responses, string[] shortNames)
    {
        var year = await years.GetAsync(config, responses);
        Assert.True(year.Exit == 0, year.Error);

        var messages = new List<(string File, string Subject, string Text)>();
        foreach (var file in Directory.GetFiles(year.Outbox, "*.eml"))
        {
            using var mail = await MimeMessage.LoadAsync(file);
            messages.Add((file, mail.Subject ?? string.Empty, mail.TextBody ?? string.Empty));
        }

        var titles = new List<string>();
        foreach (var file in Directory.GetFiles(year.Outbox, "*.ics"))
        {
            var calendar = Calendar.Load(await File.ReadAllTextAsync(file))!;
            var item = Assert.Single(calendar.Events);
            messages.Add((file, item.Summary!, item.Description!));
            if (shortNames.Any(n => item.Summary!.Contains(n, StringComparison.Ordinal)))
            {
                // The calendar title is the meeting itself, in the invitation and in the cancellation alike.
                Assert.Contains(item.Summary, shortNames);
                titles.Add(calendar.Method ?? string.Empty);
            }
        }

        Assert.Contains("REQUEST", titles);
        var meetingMessages = messages.Where(m => shortNames.Any(n => m.Subject.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(meetingMessages);
        Assert.All(meetingMessages, m =>
        {
            string text = m.Subject + "\n" + m.Text;
            Assert.False(ColonTime().IsMatch(text), $"{m.File}: a time written with a colon in\n{text}");
            foreach (var word in Banned)
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{m.File}: '{word}' in\n{text}");
            }

            Assert.StartsWith("Beste ", m.Text, StringComparison.Ordinal);
            Assert.Matches(@"^Beste [^ ,]+( en [^ ,]+)?,$|^Beste leden van (de|het) ", m.Text.Split('\n')[0]);
            Assert.Contains("Met vriendelijke groet,\n", m.Text, StringComparison.Ordinal);
            Assert.True(GoesAhead().Count(text) <= 1, $"{m.File}: 'gaat (niet) door' more than once in\n{text}");
        });

        string html = await File.ReadAllTextAsync(year.TimelineHtml);
        string shown = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        Assert.False(ColonTime().IsMatch(shown), "timeline.html writes a time with a colon");
        foreach (var word in (string[])["applying", "declined", "agenda-request", "meeting.", "subsidy.", "review.", "Overige gebeurtenis"])
        {
            Assert.DoesNotContain(word, shown, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ColonTime();

    [GeneratedRegex(@"gaat (niet )?door|doorgaat")]
    private static partial Regex GoesAhead();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
