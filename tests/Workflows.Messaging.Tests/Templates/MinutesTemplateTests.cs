using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

/// <summary>The verslag and the action item reminder pinned word for word, Dutch with je and with u and English.</summary>
public sealed class MinutesTemplateTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static readonly MinutesModel Verslag = new(
        Samples.Directieberaad,
        new LocalDateTime(2027, 1, 19, 15, 0).InZoneLeniently(Amsterdam),
        new LocalDateTime(2027, 1, 19, 17, 0).InZoneLeniently(Amsterdam),
        "Doorstroom techniek besproken.\r\n\r\nBesloten: <een> gezamenlijke open dag.\n",
        [new ActionItemLine("Datum open dag voorstellen", "Carla Stortelder", new LocalDate(2027, 2, 5))]);

    private static readonly ActionItemReminderModel Reminder = new(Samples.Directieberaad, "Wendy", new LocalDate(2027, 1, 19), "Cijfers verzamelen", new LocalDate(2027, 2, 12));

    [Fact]
    public void Minutes_GoToTheMembers_WithTheActionItemsAsATable()
    {
        var m = MessageTemplates.Minutes(Verslag);

        Assert.Equal("Verslag Directieberaad Profijt van dinsdag 19 januari 2027", m.Subject);
        Assert.Equal(
            """
            Beste leden van het directieberaad,

            Hierbij het verslag van het directieberaad van dinsdag 19 januari 2027.

            Verslag
            -------
            Doorstroom techniek besproken.

            Besloten: <een> gezamenlijke open dag.

            Actiepunten
            -----------
            Wat | Wie | Uiterlijk
            Datum open dag voorstellen | Carla Stortelder | vrijdag 5 februari 2027

            Klopt er iets niet? Laat het ons dan weten.

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt

            """,
            m.Body.Text.Replace("\r\n", "\n", StringComparison.Ordinal));

        // The coordinator's text is text: escaped in the HTML, never markup.
        Assert.Contains("Besloten: &lt;een&gt; gezamenlijke open dag.", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_WithoutActionItems_HasNoTable_English()
    {
        var m = MessageTemplates.Minutes(Verslag with { Voice = Samples.SteeringGroup, ActionItems = [] }, MessageLanguage.English);

        Assert.Equal("Minutes: Steering group Profijt on Tuesday 19 January 2027", m.Subject);
        Assert.Contains("Here are the minutes of ", m.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Action items", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("If anything is not right, please let us know.", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionItemReminder_Je_U_English()
    {
        var je = MessageTemplates.ActionItemReminder(Reminder);
        var u = MessageTemplates.ActionItemReminder(Reminder with { Voice = Samples.Directieberaad with { Informal = false } });
        var english = MessageTemplates.ActionItemReminder(Reminder with { Voice = Samples.SteeringGroup }, MessageLanguage.English);

        Assert.Equal("Herinnering actiepunt Directieberaad Profijt: uiterlijk vrijdag 12 februari 2027", je.Subject);
        Assert.Equal(
            """
            Beste Wendy,

            Tijdens het directieberaad van dinsdag 19 januari 2027 heb je dit actiepunt op je genomen:

            Actiepunt: Cijfers verzamelen
            Uiterlijk: vrijdag 12 februari 2027

            Is het al gedaan? Laat het ons dan weten, dan halen we het van de lijst. Anders zetten we het op de agenda van het volgende directieberaad.

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt

            """,
            je.Body.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("Tijdens het directieberaad van dinsdag 19 januari 2027 hebt u dit actiepunt op zich genomen:", u.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Reminder: action item Steering group Profijt, due Friday 12 February 2027", english.Subject);
        Assert.Contains("At the meeting of the steering group on Tuesday 19 January 2027 you took on this action item:", english.Body.Text, StringComparison.Ordinal);
    }
}
