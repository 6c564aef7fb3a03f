using System.Text.Json;
using Ical.Net;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The contract for agenda items in <c>simulate</c>: the Profijt sample's <c>agendaItems:</c> are proposed
/// (<c>meeting.agenda-item-proposed</c> on the timeline), and the accepted item's title is in the DESCRIPTION of
/// that occurrence's invitation in the outbox, with the items the platform fills in; the held one is not.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class SimulatedAgendaTests(SimulatedYears years)
{
    [Fact]
    public async Task The_accepted_item_reaches_the_invitation_of_its_occurrence_and_the_held_one_does_not()
    {
        var year = await years.GetAsync("profijt.yaml", "profijt-responses.yaml");
        Assert.True(year.Exit == 0, year.Error);

        using var timeline = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var proposed = timeline.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "meeting.agenda-item-proposed")
            .Select(e => (e.GetProperty("series").GetString(), e.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal([("directieberaad", "Doorstroom techniek naar niveau 2"), ("directieberaad", "Gezamenlijke open dag in maart")], proposed.Order());

        var invitation = Directory.GetFiles(year.Outbox, "2027-01-19 directieberaad uitnodiging *.ics").Single();
        var description = Assert.Single(Calendar.Load(await File.ReadAllTextAsync(invitation))!.Events).Description!;
        Assert.Contains("Doorstroom techniek naar niveau 2 (Wendy Bosman)", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Gezamenlijke open dag", description, StringComparison.Ordinal);
        Assert.Contains("Nieuws binnen Profijt", description, StringComparison.Ordinal);
        Assert.Contains("Lopende subsidierondes: ‘Doorlopende techniekroutes 2027’ van de provincie Gelderland, aanvragen uiterlijk dinsdag 15 juni 2027", description, StringComparison.Ordinal);

        // The accepted item comes before the closing item.
        Assert.True(description.IndexOf("Doorstroom techniek", StringComparison.Ordinal) < description.IndexOf("Rondvraag", StringComparison.Ordinal), description);
    }
}
