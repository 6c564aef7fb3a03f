using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>
/// The agenda as it goes out, pinned in both languages: fixed items, the platform's own items (filled in where a
/// fixed item names them), the accepted items, the closing items last; nothing said about what does not exist.
/// </summary>
public sealed class AgendaLinesTests
{
    private static readonly RunningSubsidyRound Round = new("techniek", "Doorlopende techniekroutes 2027", "Provincie Gelderland", "2027-06-15", null);
    private static readonly RunningSubsidyRound AtNoon = new("stage", "Stages in de regio", "Gemeente Doetinchem", "2027-03-01", "12:00");

    private static readonly AgendaItem Accepted = new("beraad", "2027-01-19", "k1", "Doorstroom techniek naar niveau 2", "Cijfers van\ndit schooljaar", "wendy", AgendaItemStates.Accepted, DateTimeOffset.UnixEpoch)
    {
        WhoName = "Wendy Bosman",
    };

    [Fact]
    public void Dutch_fixed_items_take_the_platform_items_in_place_and_accepted_items_come_before_the_closing_item()
    {
        var s = TestPartnership.Series() with
        {
            PartnershipName = "Profijt",
            FixedAgendaItems = ["Opening en mededelingen", "Nieuws binnen Profijt", "Lopende subsidierondes", "Rondvraag"],
        };

        Assert.Equal(
            [
                "Opening en mededelingen",
                "Nieuws binnen Profijt",
                "Lopende subsidierondes: ‘Doorlopende techniekroutes 2027’ van de provincie Gelderland, aanvragen uiterlijk dinsdag 15 juni 2027; ‘Stages in de regio’ van de gemeente Doetinchem, aanvragen uiterlijk maandag 1 maart 2027 om 12.00 uur",
                "Doorstroom techniek naar niveau 2 (Wendy Bosman): Cijfers van dit schooljaar",
                "Rondvraag",
            ],
            AgendaLines.Compose(s, [Accepted], [Round, AtNoon], []));
    }

    [Fact]
    public void Without_fixed_platform_items_news_is_added_rounds_only_when_one_runs_and_action_items_only_when_there_are_some()
    {
        var s = TestPartnership.Series() with { PartnershipName = "Profijt", FixedAgendaItems = ["Doorlopende leerroute"] };

        Assert.Equal(["Doorlopende leerroute", "Nieuws binnen Profijt"], AgendaLines.Compose(s, [], [], []));
        Assert.Equal(
            ["Doorlopende leerroute", "Actiepunten vorig overleg: Rooster delen (Hilde Voskamp, 1 februari)", "Nieuws binnen Profijt", "Lopende subsidierondes: ‘Doorlopende techniekroutes 2027’ van de provincie Gelderland, aanvragen uiterlijk dinsdag 15 juni 2027"],
            AgendaLines.Compose(s, [], [Round], ["Rooster delen (Hilde Voskamp, 1 februari)"]));
    }

    [Fact]
    public void English_partnerships_read_the_same_agenda_in_English()
    {
        var s = TestPartnership.Series() with { PartnershipName = "Profijt", Language = "en", FixedAgendaItems = ["Opening", "Any other business"] };

        Assert.Equal(
            [
                "Opening",
                "News from Profijt",
                "Running subsidy rounds: ‘Stages in de regio’ by Gemeente Doetinchem, deadline Monday 1 March 2027 at 12:00",
                "Doorstroom techniek naar niveau 2 (Wendy Bosman): Cijfers van dit schooljaar",
                "Any other business",
            ],
            AgendaLines.Compose(s, [Accepted], [AtNoon], []));
    }
}
