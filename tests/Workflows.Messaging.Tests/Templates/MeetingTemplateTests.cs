using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

/// <summary>
/// Every meeting message pinned word for word, Dutch with je and with u and English (shared/SCHRIJFWIJZER.md: one
/// test per message kind; a fluent reader checked these texts).
/// </summary>
public sealed class MeetingTemplateTests
{
    private static readonly MeetingVoice Formal = Samples.Directieberaad with { Informal = false };

    private static readonly MeetingAnswers SomeAnswers = new(
        Invited: 26,
        Accepted: 7,
        Tentative: 2,
        [new TurnoutPerson("Wendy Bosman", "ROC Achterhoek", "Examencommissie vergadert die middag"), new TurnoutPerson("Eva Fokkink", "Oude IJssel Vmbo Doetinchem")],
        [new TurnoutPerson("Piet Post", null)]);

    [Fact]
    public void Invitation_TitleIsTheShortName_BodyInvitesTheMembers_Je()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation);

        Assert.Equal("Directieberaad Profijt", m.Subject);
        Assert.Equal(
            """
            Beste leden van het directieberaad,

            Graag nodigen we je uit voor het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur.

            Waar: Berkel College Eibergen, vergaderzaal / online (Teams)
            Voorzitter: Hilde Voskamp

            Agenda
            ------
            1. Opening en mededelingen
            2. Nieuws binnen Profijt

            Wil je je uiterlijk dinsdag 10 november 2026 aan- of afmelden via deze uitnodiging in je agenda?

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt

            """,
            m.Body.Text);
        Assert.Contains("<li>Opening en mededelingen</li>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_ListsTheDocumentsWithTheirLinks()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { Documents = [new DocumentLine("cijfers <doorstroom>.pdf", new Uri("https://profijt.example/api/documents/abc.def"))] });

        Assert.Contains("Stukken\n-------\ncijfers <doorstroom>.pdf:\nhttps://profijt.example/api/documents/abc.def\n", m.Body.Text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://profijt.example/api/documents/abc.def\">cijfers &lt;doorstroom&gt;.pdf</a>", m.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Stukken", MessageTemplates.MeetingInvitation(Samples.Invitation).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_U()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = Formal });

        Assert.Equal("Directieberaad Profijt", m.Subject);
        Assert.Contains("Graag nodigen we u uit voor het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur.", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Wilt u zich uiterlijk dinsdag 10 november 2026 aan- of afmelden via deze uitnodiging in uw agenda?", m.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" je ", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_English()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = Samples.SteeringGroup, AgendaItems = ["Opening"] }, MessageLanguage.English);

        Assert.Equal("Steering group Profijt", m.Subject);
        Assert.Equal(
            """
            Dear members of the steering group,

            We would like to invite you to the meeting of the steering group on Tuesday 17 November 2026 from 15:00 to 17:00.

            Where: Berkel College Eibergen, vergaderzaal / online (Teams)
            Chair: Hilde Voskamp

            Agenda
            ------
            1. Opening

            Please accept or decline this invitation in your calendar by Tuesday 10 November 2026.

            Kind regards,
            Hilde Voskamp and Wim Heijink
            Profijt coordinators

            """,
            m.Body.Text);
        Assert.Contains("<html lang=\"en\">", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_ToAGroupThatMeets_InvitesToItsMeeting()
    {
        var voice = Samples.Directieberaad with { Name = "de klankbordgroep decanen", ShortName = "Klankbordgroep decanen" };

        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = voice });

        Assert.Equal("Klankbordgroep decanen", m.Subject);
        Assert.StartsWith("Beste leden van de klankbordgroep decanen,\n\nGraag nodigen we je uit voor de bijeenkomst van de klankbordgroep decanen op dinsdag 17 november 2026", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_EscapesConfiguredNames()
    {
        var m = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = Samples.Directieberaad with { Name = "het beraad <b>R&D</b>" }, AgendaItems = ["<img src=x onerror=alert(1)>"] });

        Assert.Contains("het beraad &lt;b&gt;R&amp;D&lt;/b&gt;", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", m.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("het beraad <b>R&D</b>", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AgendaRequest_ToTheChairByFirstName_BothTonesAndEnglish()
    {
        var model = new AgendaRequestModel(
            Samples.Directieberaad with { Signers = ["Wim Heijink"] },
            "Hilde",
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            new LocalDate(2026, 10, 27),
            ["Opening en mededelingen", "Rondvraag"]);

        var je = MessageTemplates.AgendaRequest(model);
        var u = MessageTemplates.AgendaRequest(model with { Voice = model.Voice with { Informal = false } });
        var en = MessageTemplates.AgendaRequest(model with { Voice = Samples.SteeringGroup with { Signers = ["Wim Heijink"] } }, MessageLanguage.English);

        Assert.Equal("Agendapunten Directieberaad Profijt van dinsdag 17 november 2026", je.Subject);
        Assert.Equal(
            """
            Beste Hilde,

            Het directieberaad vergadert op dinsdag 17 november 2026 van 15.00 tot 17.00 uur. Welke punten wil je op de agenda? Als je ze uiterlijk dinsdag 27 oktober 2026 doorgeeft, sturen we ze mee met de uitnodiging.

            Vaste agendapunten
            ------------------
            1. Opening en mededelingen
            2. Rondvraag

            Met vriendelijke groet,
            Wim Heijink
            coördinator Profijt

            """,
            je.Body.Text);
        Assert.Contains(
            "Het directieberaad vergadert op dinsdag 17 november 2026 van 15.00 tot 17.00 uur. Welke punten wilt u op de agenda? Als u ze uiterlijk dinsdag 27 oktober 2026 doorgeeft, sturen we ze mee met de uitnodiging.",
            u.Body.Text,
            StringComparison.Ordinal);
        Assert.Equal("Agenda items: Steering group Profijt on Tuesday 17 November 2026", en.Subject);
        Assert.Equal(
            """
            Dear Hilde,

            The steering group meets on Tuesday 17 November 2026 from 15:00 to 17:00. Which items would you like on the agenda? If you send them by Tuesday 27 October 2026, they go out with the invitation.

            Standing items
            --------------
            1. Opening en mededelingen
            2. Rondvraag

            Kind regards,
            Wim Heijink
            Profijt coordinator

            """,
            en.Body.Text);
    }

    [Fact]
    public void AgendaRequest_WithTheProposalLink_SaysTheCoordinatorsDecide_BothTonesAndEnglish()
    {
        var link = new AgendaProposeLink(new Uri("https://profijt.example/api/links/abc.def"), Samples.At(2026, 10, 27, 15));
        var model = new AgendaRequestModel(
            Samples.Directieberaad with { Signers = ["Wim Heijink"] },
            "Hilde",
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            new LocalDate(2026, 10, 27),
            ["Opening en mededelingen", "Rondvraag"],
            link);

        var je = MessageTemplates.AgendaRequest(model);
        var u = MessageTemplates.AgendaRequest(model with { Voice = model.Voice with { Informal = false } });
        var en = MessageTemplates.AgendaRequest(model with { Voice = Samples.SteeringGroup with { Signers = ["Wim Heijink"] } }, MessageLanguage.English);

        Assert.Equal("Agendapunten Directieberaad Profijt van dinsdag 17 november 2026", je.Subject);
        Assert.Equal(
            """
            Beste Hilde,

            Het directieberaad vergadert op dinsdag 17 november 2026 van 15.00 tot 17.00 uur. Welke punten wil je op de agenda? Geef ze uiterlijk dinsdag 27 oktober 2026 om 15.00 uur door via de link hieronder. Je kunt de link één keer gebruiken, voor maximaal drie punten tegelijk.

            Agendapunten voorstellen:
            https://profijt.example/api/links/abc.def

            We bekijken de voorstellen; de punten die we op de agenda zetten, gaan mee met de uitnodiging.

            Vaste agendapunten
            ------------------
            1. Opening en mededelingen
            2. Rondvraag

            Met vriendelijke groet,
            Wim Heijink
            coördinator Profijt

            """,
            je.Body.Text);
        Assert.Contains("<a href=\"https://profijt.example/api/links/abc.def\"", je.Body.Html, StringComparison.Ordinal);
        Assert.Contains(
            "Welke punten wilt u op de agenda? Geeft u ze uiterlijk dinsdag 27 oktober 2026 om 15.00 uur door via de link hieronder? U kunt de link één keer gebruiken, voor maximaal drie punten tegelijk.",
            u.Body.Text,
            StringComparison.Ordinal);
        Assert.Equal(
            """
            Dear Hilde,

            The steering group meets on Tuesday 17 November 2026 from 15:00 to 17:00. Which items would you like on the agenda? Please propose them through the link below by Tuesday 27 October 2026 at 15:00. You can send up to three items at once; the link works once.

            Propose agenda items:
            https://profijt.example/api/links/abc.def

            The coordinators review the proposals. The items they put on the agenda go out with the invitation.

            Standing items
            --------------
            1. Opening en mededelingen
            2. Rondvraag

            Kind regards,
            Wim Heijink
            Profijt coordinator

            """,
            en.Body.Text);
    }

    [Fact]
    public void RsvpReminder_BothTonesAndEnglish()
    {
        var model = new RsvpReminderModel(Samples.Directieberaad, "Carla", Samples.At(2026, 11, 17, 15), Samples.At(2026, 11, 17, 17), "Berkel College Eibergen, vergaderzaal", new LocalDate(2026, 11, 10));

        var je = MessageTemplates.RsvpReminder(model);
        var u = MessageTemplates.RsvpReminder(model with { Voice = Formal });
        var en = MessageTemplates.RsvpReminder(model with { Voice = Samples.SteeringGroup }, MessageLanguage.English);

        Assert.Equal("Herinnering: Directieberaad Profijt van dinsdag 17 november 2026", je.Subject);
        Assert.Equal(
            """
            Beste Carla,

            Je hebt je nog niet aan- of afgemeld voor het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur. Wil je dat uiterlijk dinsdag 10 november 2026 doen, via de uitnodiging in je agenda? Dan weten we op tijd wie er komen.

            Waar: Berkel College Eibergen, vergaderzaal

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt

            """,
            je.Body.Text);
        Assert.Contains(
            "U hebt zich nog niet aan- of afgemeld voor het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur. Wilt u dat uiterlijk dinsdag 10 november 2026 doen, via de uitnodiging in uw agenda? Dan weten we op tijd wie er komen.",
            u.Body.Text,
            StringComparison.Ordinal);
        Assert.Equal("Reminder: Steering group Profijt on Tuesday 17 November 2026", en.Subject);
        Assert.Contains(
            "Dear Carla,\n\nYou have not yet let us know whether you will come to the meeting of the steering group on Tuesday 17 November 2026 from 15:00 to 17:00. Please accept or decline the invitation in your calendar by Tuesday 10 November 2026, so we know in time who is coming.\n\nWhere: Berkel College Eibergen, vergaderzaal\n",
            en.Body.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RsvpReminder_ForAnOnlineMeeting_SaysOnline()
    {
        var model = new RsvpReminderModel(Samples.Directieberaad, "Carla", Samples.At(2026, 11, 17, 15), Samples.At(2026, 11, 17, 17), null, new LocalDate(2026, 11, 10), Online: true);

        var nl = MessageTemplates.RsvpReminder(model);
        var en = MessageTemplates.RsvpReminder(model with { Location = "Zaal 2" }, MessageLanguage.English);

        Assert.Contains("Waar: Online (Teams)", nl.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("volgt", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Where: Zaal 2 / online (Teams)", en.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirmation_SaysGaatDoorOnce_BothTonesAndEnglish()
    {
        var model = new MeetingConfirmationModel(
            Samples.Directieberaad,
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            "Berkel College Eibergen, vergaderzaal",
            Online: false,
            ["Opening en mededelingen"],
            SomeAnswers with { Accepted = 14 });

        var je = MessageTemplates.MeetingConfirmation(model);
        var u = MessageTemplates.MeetingConfirmation(model with { Voice = Formal, Answers = null });
        var en = MessageTemplates.MeetingConfirmation(model with { Voice = Samples.SteeringGroup }, MessageLanguage.English);

        Assert.Equal("Bevestigd: Directieberaad Profijt van dinsdag 17 november 2026", je.Subject);
        Assert.Equal(
            """
            Beste leden van het directieberaad,

            Het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur gaat door. Er hebben zich 14 van de 26 genodigden aangemeld.

            Waar: Berkel College Eibergen, vergaderzaal

            Agenda
            ------
            1. Opening en mededelingen

            Ben je toch verhinderd? Meld je dan af via de uitnodiging in je agenda.

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt

            """,
            je.Body.Text);
        Assert.Contains("Het directieberaad op dinsdag 17 november 2026 van 15.00 tot 17.00 uur gaat door.\n\n", u.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Bent u toch verhinderd? Meld u dan af via de uitnodiging in uw agenda.", u.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Confirmed: Steering group Profijt on Tuesday 17 November 2026", en.Subject);
        Assert.Contains(
            "The meeting of the steering group on Tuesday 17 November 2026 from 15:00 to 17:00 goes ahead. 14 of the 26 invitees have accepted.",
            en.Body.Text,
            StringComparison.Ordinal);
        Assert.Contains("If you cannot come after all, please decline the invitation in your calendar.", en.Body.Text, StringComparison.Ordinal);
        foreach (var m in new[] { je, u })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(m.Subject + "\n" + m.Body.Text, "gaat door"));
        }
    }

    [Fact]
    public void CancellationComment_GreetsTheMembers_GivesTheReasonAndTheNextMeeting()
    {
        var model = new MeetingCancellationModel(
            Samples.Directieberaad,
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            "vanuit het mbo kan deze keer niemand aanwezig zijn",
            Samples.At(2027, 1, 19, 15),
            Samples.At(2027, 1, 19, 17));

        var nl = MessageTemplates.MeetingCancellationComment(model);
        var en = MessageTemplates.MeetingCancellationComment(model with { Voice = Samples.SteeringGroup, Reason = "nobody from the mbo can come this time" }, MessageLanguage.English);

        Assert.Equal(
            """
            Beste leden van het directieberaad,

            Het directieberaad van dinsdag 17 november 2026 gaat niet door: vanuit het mbo kan deze keer niemand aanwezig zijn.

            Het volgende directieberaad is op dinsdag 19 januari 2027 van 15.00 tot 17.00 uur.

            Met vriendelijke groet,
            Hilde Voskamp en Wim Heijink
            coördinatoren Profijt
            """,
            nl);
        Assert.Equal(
            """
            Dear members of the steering group,

            The meeting of the steering group on Tuesday 17 November 2026 is cancelled: nobody from the mbo can come this time.

            The next meeting of the steering group is on Tuesday 19 January 2027 from 15:00 to 17:00.

            Kind regards,
            Hilde Voskamp and Wim Heijink
            Profijt coordinators
            """,
            en);
    }

    [Fact]
    public void CancellationComment_WithoutReasonOrNextMeeting_ForAGroupThatMeets()
    {
        var voice = Samples.Directieberaad with { Name = "de klankbordgroep decanen" };
        var model = new MeetingCancellationModel(voice, Samples.At(2026, 11, 17, 15), Samples.At(2026, 11, 17, 17), null, Samples.At(2027, 1, 19, 15), Samples.At(2027, 1, 19, 17));

        var nl = MessageTemplates.MeetingCancellationComment(model);

        Assert.Contains("De bijeenkomst van de klankbordgroep decanen van dinsdag 17 november 2026 gaat niet door.\n", nl, StringComparison.Ordinal);
        Assert.Contains("De volgende bijeenkomst van de klankbordgroep decanen is op dinsdag 19 januari 2027 van 15.00 tot 17.00 uur.", nl, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationNotice_ToTheCoordinators_KeepsTheDeclinersComments()
    {
        var meeting = new MeetingCancellationModel(
            Samples.Directieberaad,
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            "vanuit het mbo kan deze keer niemand aanwezig zijn",
            Samples.At(2027, 1, 19, 15),
            Samples.At(2027, 1, 19, 17));
        var model = new CancellationNoticeModel(meeting, ["Hilde", "Wim"], AttendeesTold: true, SomeAnswers);

        var nl = MessageTemplates.CancellationNotice(model);
        var notInvited = MessageTemplates.CancellationNotice(model with { AttendeesTold = false, Answers = null });
        var en = MessageTemplates.CancellationNotice(model with { Meeting = meeting with { Voice = Samples.SteeringGroup, Reason = "nobody from the mbo can come this time" } }, MessageLanguage.English);

        Assert.Equal("Afgelast: Directieberaad Profijt van dinsdag 17 november 2026", nl.Subject);
        Assert.Equal(
            """
            Beste Hilde en Wim,

            Het directieberaad van dinsdag 17 november 2026 gaat niet door: vanuit het mbo kan deze keer niemand aanwezig zijn. Alle genodigden hebben de afzegging in hun agenda gekregen.

            Aangemeld: 7 van 26
            Afgemeld: 2
            Onder voorbehoud: 2
            Nog geen reactie: 1

            Afgemeld
            --------
            - Wendy Bosman (ROC Achterhoek): “Examencommissie vergadert die middag”
            - Eva Fokkink (Oude IJssel Vmbo Doetinchem)

            Nog geen reactie
            ----------------
            - Piet Post

            Het volgende directieberaad is op dinsdag 19 januari 2027 van 15.00 tot 17.00 uur.

            Met vriendelijke groet,
            De vergaderplanning van Profijt

            """,
            nl.Body.Text);
        Assert.Contains("gaat niet door: vanuit het mbo kan deze keer niemand aanwezig zijn. De uitnodiging was nog niet verstuurd.\n", notInvited.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Aangemeld", notInvited.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Cancelled: Steering group Profijt on Tuesday 17 November 2026", en.Subject);
        Assert.Equal(
            """
            Dear Hilde and Wim,

            The meeting of the steering group on Tuesday 17 November 2026 is cancelled: nobody from the mbo can come this time. Everyone invited has had the cancellation in their calendar.

            Accepted: 7 of 26
            Declined: 2
            Tentative: 2
            No answer yet: 1

            Declined
            --------
            - Wendy Bosman (ROC Achterhoek): “Examencommissie vergadert die middag”
            - Eva Fokkink (Oude IJssel Vmbo Doetinchem)

            No answer yet
            -------------
            - Piet Post

            The next meeting of the steering group is on Tuesday 19 January 2027 from 15:00 to 17:00.

            Kind regards,
            the Profijt meeting planner

            """,
            en.Body.Text);
    }

    [Fact]
    public void LowTurnout_ListsDeclinersWithEscapedComments_WithoutTellingCoordinatorsWhatToDo()
    {
        var model = new LowTurnoutAlertModel(
            Samples.Directieberaad,
            ["Hilde", "Wim"],
            Samples.At(2026, 11, 17, 15),
            Samples.At(2026, 11, 17, 17),
            SomeAnswers with { Tentative = 0, Decliners = [new TurnoutPerson("Bram Jansen", "Curio", "Examenweek <script>alert('x')</script>")] });

        var nl = MessageTemplates.LowTurnoutAlert(model);
        var en = MessageTemplates.LowTurnoutAlert(model with { Voice = Samples.SteeringGroup }, MessageLanguage.English);

        Assert.Equal("Weinig aanmeldingen: Directieberaad Profijt van dinsdag 17 november 2026 (7 van 26)", nl.Subject);
        Assert.Equal(
            """
            Beste Hilde en Wim,

            Voor het directieberaad van dinsdag 17 november 2026 hebben zich 7 van de 26 genodigden aangemeld.

            Aangemeld: 7 van 26
            Afgemeld: 1
            Nog geen reactie: 1

            Afgemeld
            --------
            - Bram Jansen (Curio): “Examenweek <script>alert('x')</script>”

            Nog geen reactie
            ----------------
            - Piet Post

            Met vriendelijke groet,
            De vergaderplanning van Profijt

            """,
            nl.Body.Text);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", nl.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", nl.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Low turnout: Steering group Profijt on Tuesday 17 November 2026 (7 of 26)", en.Subject);
        Assert.Contains("Dear Hilde and Wim,\n\nFor the meeting of the steering group on Tuesday 17 November 2026, 7 of the 26 invitees have accepted.\n", en.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", en.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            "Voor het directieberaad van dinsdag 17 november 2026 heeft zich nog niemand van de 26 genodigden aangemeld.",
            MessageTemplates.LowTurnoutAlert(model with { Answers = model.Answers with { Accepted = 0 } }).Body.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_OneCoordinator_OrNone()
    {
        var one = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = Samples.Directieberaad with { Signers = ["Hilde Voskamp"] } });
        var none = MessageTemplates.MeetingInvitation(Samples.Invitation with { Voice = Samples.Directieberaad with { Signers = [] } });

        Assert.EndsWith("Met vriendelijke groet,\nHilde Voskamp\ncoördinator Profijt\n", one.Body.Text, StringComparison.Ordinal);
        Assert.EndsWith("Met vriendelijke groet,\nProfijt\n", none.Body.Text, StringComparison.Ordinal);
    }
}
