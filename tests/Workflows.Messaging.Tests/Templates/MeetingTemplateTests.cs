using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

public sealed class MeetingTemplateTests
{
    [Fact]
    public void Invitation_Dutch_HasDateAgendaRsvpAndPlace()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation);

        Assert.Equal("Uitnodiging: Directieberaad – dinsdag 13 oktober 2026", m.Subject);
        foreach (var body in new[] { m.Body.Text, m.Body.Html })
        {
            Assert.Contains("dinsdag 13 oktober 2026, 15:00–17:00", body, StringComparison.Ordinal);
            Assert.Contains("Doorlopende leerlijn techniek", body, StringComparison.Ordinal);
            Assert.Contains("dinsdag 6 oktober 2026", body, StringComparison.Ordinal);
            Assert.Contains("Het Element, Bergen op Zoom / online (Teams)", body, StringComparison.Ordinal);
            Assert.Contains("Marieke Bos", body, StringComparison.Ordinal);
        }

        Assert.Contains("1. Opening en mededelingen\n2. Doorlopende leerlijn techniek", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("<li>Opening en mededelingen</li>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", m.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_English()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation, MessageLanguage.English);

        Assert.Equal("Invitation: Directieberaad – Tuesday 13 October 2026", m.Subject);
        Assert.Contains("Tuesday 13 October 2026, 15:00–17:00", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("by Tuesday 6 October 2026", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", m.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitnodiging", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_EscapesConfiguredTitles()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { MeetingTitle = "Beraad <b>R&D</b>", AgendaItems = ["<img src=x onerror=alert(1)>"] });

        Assert.Contains("Beraad &lt;b&gt;R&amp;D&lt;/b&gt;", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", m.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("Beraad <b>R&D</b>", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AgendaRequest_ToChairWithDueDateFixedItemsAndCopy()
    {
        var model = new AgendaRequestModel("Profijt", "Marieke Bos", "Directieberaad", "Directies Profijt", Samples.At(2026, 10, 13, 15), Samples.At(2026, 10, 13, 17), new LocalDate(2026, 9, 29), ["Opening", "Rondvraag"], ["Cora Coördinator"]);

        var nl = MessageTemplates.AgendaRequest(model);
        var en = MessageTemplates.AgendaRequest(model, MessageLanguage.English);

        Assert.Equal("Agenda gevraagd: Directieberaad van dinsdag 13 oktober 2026", nl.Subject);
        Assert.Contains("Beste Marieke Bos,", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("uiterlijk dinsdag 29 september 2026", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("2. Rondvraag", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("In kopie: Cora Coördinator", nl.Body.Html, StringComparison.Ordinal);
        Assert.Equal("Agenda needed: Directieberaad on Tuesday 13 October 2026", en.Subject);
        Assert.Contains("by Tuesday 29 September 2026", en.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RsvpReminder_BothLanguages()
    {
        var model = new RsvpReminderModel("Profijt", "Anna de Vries", "Directieberaad", Samples.At(2026, 11, 17, 15), Samples.At(2026, 11, 17, 17), "Zaal 2", new LocalDate(2026, 11, 10));

        var nl = MessageTemplates.RsvpReminder(model);
        var en = MessageTemplates.RsvpReminder(model, MessageLanguage.English);

        Assert.Equal("Herinnering: komt u naar Directieberaad op dinsdag 17 november 2026?", nl.Subject);
        Assert.Contains("Beste Anna de Vries,", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("dinsdag 17 november 2026, 15:00–17:00", nl.Body.Html, StringComparison.Ordinal);
        Assert.Contains("uiterlijk dinsdag 10 november 2026", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Dear Anna de Vries,", en.Body.Text, StringComparison.Ordinal);
        Assert.Contains("by Tuesday 10 November 2026", en.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RsvpReminder_ForAnOnlineMeeting_SaysOnline()
    {
        var model = new RsvpReminderModel("Profijt", "Anna de Vries", "Directieberaad", Samples.At(2026, 11, 17, 15), Samples.At(2026, 11, 17, 17), null, new LocalDate(2026, 11, 10), Online: true);

        var nl = MessageTemplates.RsvpReminder(model);
        var en = MessageTemplates.RsvpReminder(model with { Location = "Zaal 2" }, MessageLanguage.English);

        Assert.Contains("Waar: Online (Teams)", nl.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("volgt", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Where: Zaal 2 / online (Teams)", en.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuorumCancellation_CarriesReasonAndNextMeeting()
    {
        var model = new QuorumCancellationModel("Profijt", "Directieberaad", Samples.At(2026, 10, 13, 15), Samples.At(2026, 10, 13, 17), "Geen enkele mbo-school heeft aangenomen; er is minstens één nodig.", Samples.At(2026, 12, 8, 15), Samples.At(2026, 12, 8, 17));

        var nl = MessageTemplates.QuorumCancellation(model);
        var en = MessageTemplates.QuorumCancellation(model with { Reason = "No mbo school accepted; at least one is required." }, MessageLanguage.English);

        Assert.Equal("Geannuleerd: Directieberaad – dinsdag 13 oktober 2026", nl.Subject);
        Assert.Contains("Reden: Geen enkele mbo-school heeft aangenomen; er is minstens één nodig.", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("geen quorum", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("dinsdag 8 december 2026, 15:00–17:00", nl.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Cancelled: Directieberaad – Tuesday 13 October 2026", en.Subject);
        Assert.Contains("Reason: No mbo school accepted; at least one is required.", en.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 8 December 2026, 15:00–17:00", en.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void LowTurnout_ListsDeclinersWithEscapedComments()
    {
        var model = new LowTurnoutAlertModel(
            "Profijt",
            "Directieberaad",
            Samples.At(2026, 10, 13, 15),
            Samples.At(2026, 10, 13, 17),
            Invited: 26,
            Accepted: 7,
            [new TurnoutPerson("Bram Jansen", "Curio", "Examenweek <script>alert('x')</script>"), new TurnoutPerson("Eva Smit", "Markland")],
            [new TurnoutPerson("Piet Post", "Prisma")]);

        var nl = MessageTemplates.LowTurnoutAlert(model);
        var en = MessageTemplates.LowTurnoutAlert(model, MessageLanguage.English);

        Assert.Equal("Lage opkomst: Directieberaad – dinsdag 13 oktober 2026 (7 van 26 aangenomen)", nl.Subject);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", nl.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", nl.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("- Bram Jansen (Curio): “Examenweek <script>alert('x')</script>”", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("- Eva Smit (Markland)\n", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Nog geen antwoord", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("- Piet Post (Prisma)", nl.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Low turnout: Directieberaad – Tuesday 13 October 2026 (7 of 26 accepted)", en.Subject);
        Assert.Contains("Declined", en.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", en.Body.Html, StringComparison.OrdinalIgnoreCase);
    }
}
