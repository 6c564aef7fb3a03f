using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

public sealed class SubsidyAndConvenantTemplateTests
{
    private static SubsidyAnnouncementModel Announcement => new(
        "Profijt", "Dirk Directeur", "Sterk Techniekonderwijs 2027", "DUS-I", new LocalDate(2027, 3, 1), new Uri("https://www.dus-i.nl/sto"), Samples.Links);

    [Fact]
    public void Announcement_HasBothActionLinksAsButtonsAndOnOwnLines()
    {
        var m = MessageTemplates.SubsidyAnnouncement(Announcement);

        Assert.Equal("Subsidieronde geopend: Sterk Techniekonderwijs 2027 (deadline maandag 1 maart 2027)", m.Subject);
        Assert.Contains("Beste Dirk Directeur,", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("We vragen aan:\n" + Samples.Links.Apply.AbsoluteUri + "\n", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Niet voor ons:\n" + Samples.Links.NotForUs.AbsoluteUri + "\n", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("https://www.dus-i.nl/sto", m.Body.Text, StringComparison.Ordinal);

        // In HTML the query's '&' is escaped inside the attribute, and the link looks like a button.
        Assert.Contains("<a href=\"https://wf.example.nl/api/actions/subsidy?round=sto&amp;who=p1&amp;answer=apply&amp;sig=abc%2Bdef\" style=\"display:inline-block", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains(">We vragen aan</a>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains(">Niet voor ons</a>", m.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_English()
    {
        var m = MessageTemplates.SubsidyAnnouncement(Announcement, MessageLanguage.English);

        Assert.Equal("Subsidy round open: Sterk Techniekonderwijs 2027 (deadline Monday 1 March 2027)", m.Subject);
        Assert.Contains(">We will apply</a>", m.Body.Html, StringComparison.Ordinal);
        Assert.Contains("Not for us:\n" + Samples.Links.NotForUs.AbsoluteUri, m.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Nog 1 dag: Sterk Techniekonderwijs 2027", "1 day left: Sterk Techniekonderwijs 2027")]
    [InlineData(14, "Nog 14 dagen: Sterk Techniekonderwijs 2027", "14 days left: Sterk Techniekonderwijs 2027")]
    public void Reminder_SaysDaysLeft(int days, string dutch, string english)
    {
        var model = new SubsidyReminderModel("Profijt", "Dirk Directeur", "Sterk Techniekonderwijs 2027", "DUS-I", new LocalDate(2027, 3, 1), days, null, Samples.Links);

        var nl = MessageTemplates.SubsidyReminder(model);
        var en = MessageTemplates.SubsidyReminder(model, MessageLanguage.English);

        Assert.Equal(dutch, nl.Subject);
        Assert.Equal(english, en.Subject);
        Assert.Contains("(maandag 1 maart 2027)", nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains(Samples.Links.Apply.AbsoluteUri, nl.Body.Text, StringComparison.Ordinal);
        Assert.Contains(Samples.Links.NotForUs.AbsoluteUri, en.Body.Text, StringComparison.Ordinal);
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
        "Uren stages verhoogd naar 40,5");

    [Fact]
    public void AnnualReview_Dutch_HasConvenantAgendaWithTotals()
    {
        var m = MessageTemplates.AnnualReviewInvitation(Review);

        Assert.Equal("Uitnodiging bestuursgesprek: convenant Het Element – Curio", m.Subject);
        var text = m.Body.Text.Replace('\u00A0', ' ');
        Assert.Contains("dinsdag 9 februari 2027, 10:00–11:00", text, StringComparison.Ordinal);
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

        Assert.Equal("Invitation to the annual board review: agreement Het Element – Curio", m.Subject);
        Assert.Contains("Total | 160.5 | €12,037.50", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Price per hour: €75.00", m.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 9 February 2027, 10:00–11:00", m.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Last year's outcome", m.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvenantExpiry_BothLanguages()
    {
        var model = new ConvenantExpiryAlertModel("Het Element", "Het Element", "Curio", new LocalDate(2027, 7, 31), 90);

        var nl = MessageTemplates.ConvenantExpiryAlert(model);
        var en = MessageTemplates.ConvenantExpiryAlert(model, MessageLanguage.English);

        Assert.Equal("Convenant Het Element – Curio verloopt op zaterdag 31 juli 2027", nl.Subject);
        Assert.Contains("over 90 dagen", nl.Body.Text, StringComparison.Ordinal);
        Assert.Equal("Agreement Het Element – Curio expires on Saturday 31 July 2027", en.Subject);
        Assert.Contains("in 90 days", en.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_StaysOnOneLine()
    {
        var m = MessageTemplates.ConvenantExpiryAlert(new ConvenantExpiryAlertModel("P", "Het\r\nElement", "Curio", new LocalDate(2027, 7, 31), 90));

        Assert.DoesNotContain('\n', m.Subject);
        Assert.StartsWith("Convenant Het Element – Curio", m.Subject, StringComparison.Ordinal);
    }
}
