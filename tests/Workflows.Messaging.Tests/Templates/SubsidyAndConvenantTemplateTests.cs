using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

public sealed class SubsidyAndConvenantTemplateTests
{
    private static readonly string[] Coordinators = ["Hilde Voskamp", "Wim Heijink"];

    private static SubsidyAnnouncementModel Announcement => new(
        "Profijt", "Dirk Directeur", "Sterk Techniekonderwijs 2027", "DUS-I", new LocalDate(2027, 3, 1), new Uri("https://www.dus-i.nl/sto"), Samples.Links);

    [Fact]
    public void Announcement_HasBothActionLinksAsButtonsAndOnOwnLines()
    {
        var m = MessageTemplates.SubsidyAnnouncement(Announcement);

        Assert.Equal("Subsidieregeling Sterk Techniekonderwijs 2027: aanvragen uiterlijk maandag 1 maart 2027", m.Subject);
        Assert.Contains("Beste Dirk,", m.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dirk Directeur", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("We vragen aan:\n" + Samples.Links.Apply.AbsoluteUri + "\n", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Niet voor ons:\n" + Samples.Links.NotForUs.AbsoluteUri + "\n", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("https://www.dus-i.nl/sto", m.Body.Text, StringComparison.Ordinal);

        // In HTML the query's '&' is escaped inside the attribute, and the link looks like a button.
        Assert.Contains("<a href=\"https://wf.example.nl/api/actions/subsidy?round=sto&amp;who=p1&amp;answer=apply&amp;sig=abc%2Bdef\" style=\"display:inline-block", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains(">We vragen aan</a>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains(">Niet voor ons</a>", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_of_the_sample_partnership_with_a_deadline_time_reads_as_the_coordinators_wrote_it()
    {
        var model = new SubsidyAnnouncementModel(
            "Profijt", "Carla Stortelder", "Provinciale subsidie doorlopende techniekroutes 2027", "Provincie Gelderland", new LocalDate(2027, 2, 15),
            new Uri("https://subsidies.example/techniekroutes-2027"), Samples.Links, new LocalTime(17, 0), Coordinators);

        var m = MessageTemplates.SubsidyAnnouncement(model);

        Assert.Equal("Subsidieregeling Provinciale subsidie doorlopende techniekroutes 2027: aanvragen uiterlijk maandag 15 februari 2027 om 17.00 uur", m.Subject);
        Assert.Equal(
            "Beste Carla,\n\n"
            + "De subsidieregeling ‘Provinciale subsidie doorlopende techniekroutes 2027’ van de provincie Gelderland is opengesteld. Aanvragen moeten uiterlijk maandag 15 februari 2027 om 17.00 uur binnen zijn.\n\n"
            + "Wilt u met één klik laten weten of uw school een aanvraag indient?\n\n"
            + "We vragen aan:\n" + Samples.Links.Apply.AbsoluteUri + "\n\n"
            + "Niet voor ons:\n" + Samples.Links.NotForUs.AbsoluteUri + "\n\n"
            + "Meer over deze regeling:\nhttps://subsidies.example/techniekroutes-2027\n\n"
            + "Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt\n",
            m.Body.Text);
        Assert.DoesNotContain("17:00", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_English()
    {
        var m = MessageTemplates.SubsidyAnnouncement(Announcement with { DeadlineTime = new LocalTime(17, 0), Coordinators = Coordinators }, MessageLanguage.English);

        Assert.Equal("Subsidy scheme Sterk Techniekonderwijs 2027: applications due by Monday 1 March 2027 at 17:00", m.Subject);
        Assert.Contains(">We will apply</a>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("Not for us:\n" + Samples.Links.NotForUs.AbsoluteUri, m.Body.Text, StringComparison.Ordinal);
        Assert.EndsWith("Kind regards,\nHilde Voskamp and Wim Heijink\ncoordinators, Profijt\n", m.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Nog 1 dag: subsidieregeling Sterk Techniekonderwijs 2027", "1 day left: subsidy scheme Sterk Techniekonderwijs 2027")]
    [InlineData(14, "Nog 14 dagen: subsidieregeling Sterk Techniekonderwijs 2027", "14 days left: subsidy scheme Sterk Techniekonderwijs 2027")]
    public void Reminder_SaysDaysLeft(int days, string dutch, string english)
    {
        var model = new SubsidyReminderModel("Profijt", "Dirk Directeur", "Sterk Techniekonderwijs 2027", "DUS-I", new LocalDate(2027, 3, 1), days, null, Samples.Links);

        var nl = MessageTemplates.SubsidyReminder(model);
        var en = MessageTemplates.SubsidyReminder(model, MessageLanguage.English);

        Assert.Equal(dutch, nl.Subject);
        Assert.Equal(english, en.Subject);
        Assert.Contains("uiterlijk maandag 1 maart 2027 binnen zijn", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains(Samples.Links.Apply.AbsoluteUri, nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains(Samples.Links.NotForUs.AbsoluteUri, en.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_of_the_sample_partnership_is_pinned()
    {
        var model = new SubsidyReminderModel(
            "Profijt", "Carla Stortelder", "Provinciale subsidie doorlopende techniekroutes 2027", "Provincie Gelderland", new LocalDate(2027, 2, 15), 7, null,
            Samples.Links, new LocalTime(17, 0), Coordinators);

        var m = MessageTemplates.SubsidyReminder(model);

        Assert.Equal(
            "Beste Carla,\n\n"
            + "Over 7 dagen sluit de subsidieregeling ‘Provinciale subsidie doorlopende techniekroutes 2027’ van de provincie Gelderland: aanvragen moeten uiterlijk maandag 15 februari 2027 om 17.00 uur binnen zijn. We weten nog niet of uw school een aanvraag indient.\n\n"
            + "Wilt u met één klik laten weten of uw school een aanvraag indient?\n\n"
            + "We vragen aan:\n" + Samples.Links.Apply.AbsoluteUri + "\n\n"
            + "Niet voor ons:\n" + Samples.Links.NotForUs.AbsoluteUri + "\n\n"
            + "Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt\n",
            m.Body.Text);
    }

    [Fact]
    public void ActionLink_MustBeWebLink()
    {
        var model = Announcement with { Links = Samples.Links with { Apply = new Uri("javascript:alert(1)") } };

        Assert.Throws<ArgumentException>(() => MessageTemplates.SubsidyAnnouncement(model));
    }

    private static AnnualReviewInvitationModel Review => new(
        "Het Element",
        "Het Element",
        "Curio",
        Samples.At(2027, 2, 9, 10),
        Samples.At(2027, 2, 9, 11),
        "Curio, Breda",
        ["25502", "25503"],
        [new HourLine("lessen", 120m), new HourLine("stages", 40.5m)],
        75m,
        new LocalDate(2027, 7, 31),
        ["Doorstroom van leerlingen", "Inzet docenten"],
        "Uren stages verhoogd naar 40,5",
        ["Hilde Voskamp", "Wim Heijink"]);

    [Fact]
    public void AnnualReview_Dutch_HasConvenantAgendaWithTotals()
    {
        var m = MessageTemplates.AnnualReviewInvitation(Review);

        Assert.Equal("Bestuursgesprek convenant Het Element – Curio", m.Subject);
        var text = m.Body.Text.Replace('\u00A0', ' ');
        Assert.Contains("het convenant tussen Het Element en Curio, op dinsdag 9 februari 2027 van 10.00 tot 11.00 uur.", text, StringComparison.Ordinal);
        Assert.Contains("Wanneer: dinsdag 9 februari 2027, 10.00–11.00 uur", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", text, StringComparison.Ordinal);
        Assert.EndsWith("Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Het Element\n", text, StringComparison.Ordinal);
        Assert.Contains("- 25502\n- 25503", text, StringComparison.Ordinal);
        Assert.Contains("lessen | 120 | € 9.000,00", text, StringComparison.Ordinal);
        Assert.Contains("stages | 40,5 | € 3.037,50", text, StringComparison.Ordinal);
        Assert.Contains("Totaal | 160,5 | € 12.037,50", text, StringComparison.Ordinal);
        Assert.Contains("Prijs per uur: € 75,00", text, StringComparison.Ordinal);
        Assert.Contains("Doorstroom van leerlingen", text, StringComparison.Ordinal);
        Assert.Contains("Uitkomst vorig jaar", text, StringComparison.Ordinal);
        Assert.Contains("Uren stages verhoogd naar 40,5", text, StringComparison.Ordinal);
        Assert.Contains("Convenant geldig tot: zaterdag 31 juli 2027", text, StringComparison.Ordinal);
        Assert.Contains("<td style=\"padding:4px 12px 4px 0\">160,5</td>", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnualReview_English_FirstYearHasNoOutcome()
    {
        var m = MessageTemplates.AnnualReviewInvitation(Review with { LastYearOutcome = null }, MessageLanguage.English);

        Assert.Equal("Annual board review: agreement Het Element – Curio", m.Subject);
        Assert.Contains("Total | 160.5 | €12,037.50", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Price per hour: €75.00", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("When: Tuesday 9 February 2027, 10:00–11:00", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("on Tuesday 9 February 2027 from 10:00 to 11:00.", m.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Last year's outcome", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvenantExpiry_BothLanguages()
    {
        var model = new ConvenantExpiryAlertModel("Het Element", "Het Element", "Curio", new LocalDate(2027, 7, 31), 90);

        var nl = MessageTemplates.ConvenantExpiryAlert(model);
        var en = MessageTemplates.ConvenantExpiryAlert(model, MessageLanguage.English);

        Assert.Equal("Convenant Het Element – Curio loopt af op zaterdag 31 juli 2027", nl.Subject);
        Assert.Contains("over 90 dagen", nl.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("stopt", nl.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Agreement Het Element – Curio ends on Saturday 31 July 2027", en.Subject);
        Assert.Contains("in 90 days", en.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvenantExpiry_names_the_talk_where_the_renewal_is_discussed()
    {
        var model = new ConvenantExpiryAlertModel(
            "Profijt", "Het Element", "ROC Midden Nederland", new LocalDate(2027, 7, 31), 90, new LocalDate(2027, 5, 11), "Beste directeuren,", ["Hilde Voskamp", "Wim Heijink"]);

        var nl = MessageTemplates.ConvenantExpiryAlert(model);
        var late = MessageTemplates.ConvenantExpiryAlert(model with { NextTalk = new LocalDate(2027, 9, 14) });

        Assert.Equal(
            "Beste directeuren,\n\n"
            + "Het convenant tussen Het Element en ROC Midden Nederland loopt af op zaterdag 31 juli 2027, over 90 dagen. We bespreken de verlenging in het bestuursgesprek van dinsdag 11 mei 2027.\n\n"
            + "Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt\n",
            nl.Body.Text);
        Assert.Contains(
            "Het volgende bestuursgesprek is op dinsdag 14 september 2027, na die datum; wilt u de verlenging eerder met elkaar bespreken?",
            late.Body.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_leaves_an_empty_list_out_and_has_greeting_and_sign_off()
    {
        var m = MessageTemplates.Notice(new NoticeModel(
            "Onderwerp", "Beste Hilde en Wim,", ["Eerste alinea."], [new("Leeg", []), new("Vol", ["A", "B"])], "Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt"));

        Assert.Equal(
            "Beste Hilde en Wim,\n\nEerste alinea.\n\nVol:\n\n- A\n- B\n\nMet vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt\n",
            m.Body.Text);
        Assert.DoesNotContain("Leeg", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_StaysOnOneLine()
    {
        var m = MessageTemplates.ConvenantExpiryAlert(new ConvenantExpiryAlertModel("P", "Het\r\nElement", "Curio", new LocalDate(2027, 7, 31), 90));

        Assert.DoesNotContain('\n', m.Subject);
        Assert.StartsWith("Convenant Het Element – Curio", m.Subject, StringComparison.Ordinal);
    }
}
