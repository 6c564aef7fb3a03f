using System.Text.Json;
using Ical.Net;
using MimeKit;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The Profijt sample's <c>minutes:</c> in the simulated year: January's verslag goes to the members
/// (<c>meeting.minutes-sent</c>, contract), only the owner of the item still open is reminded (Wendy, two working days
/// before 12 February), and that item is carried to March's agenda while the one done is not.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class SimulatedMinutesTests(SimulatedYears years)
{
    [Fact]
    public async Task The_verslag_is_sent_the_open_item_reminded_and_carried_to_the_next_agenda()
    {
        var year = await years.GetAsync("profijt.yaml", "profijt-responses.yaml");
        Assert.True(year.Exit == 0, year.Error);

        using var timeline = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var events = timeline.RootElement.GetProperty("events").EnumerateArray().ToList();
        var sent = Assert.Single(events, e => e.GetProperty("kind").GetString() == "meeting.minutes-sent");
        Assert.Equal("directieberaad", sent.GetProperty("series").GetString());
        Assert.StartsWith("2027-01-20T11:00", sent.GetProperty("at").GetString(), StringComparison.Ordinal);
        var reminded = Assert.Single(events, e => e.GetProperty("kind").GetString() == "meeting.action-item-reminded");
        Assert.StartsWith("2027-02-10T15:00", reminded.GetProperty("at").GetString(), StringComparison.Ordinal);
        Assert.Equal(["wendy.bosman@roc-achterhoek.example"], reminded.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));

        using var verslag = await MimeMessage.LoadAsync(Directory.GetFiles(year.Outbox, "2027-01-19 directieberaad verslag *.eml").Single());
        Assert.Equal("Verslag Directieberaad Profijt van dinsdag 19 januari 2027", verslag.Subject);
        Assert.Contains("Cijfers doorstroom techniek naar niveau 2 per school verzamelen | Wendy Bosman | vrijdag 12 februari 2027", verslag.TextBody, StringComparison.Ordinal);

        var march = Directory.GetFiles(year.Outbox, "2027-03-16 directieberaad uitnodiging *.ics").Single();
        var description = Assert.Single(Calendar.Load(await File.ReadAllTextAsync(march))!.Events).Description!;
        Assert.Contains("Actiepunten vorig overleg: Cijfers doorstroom techniek naar niveau 2 per school verzamelen (Wendy Bosman, uiterlijk vrijdag 12 februari 2027)", description, StringComparison.Ordinal);
        Assert.DoesNotContain("open dag voorstellen", description, StringComparison.Ordinal);
    }
}
