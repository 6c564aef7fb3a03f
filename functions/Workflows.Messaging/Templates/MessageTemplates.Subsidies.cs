namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    public static RenderedMessage SubsidyAnnouncement(SubsidyAnnouncementModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var deadline = TimeOfDayFormat.Deadline(model.Deadline, model.DeadlineTime, language);
        var scheme = SubsidyWording.Scheme(model.RoundTitle, model.Funder, language);
        var body = new BodyWriter(language)
            .Paragraph(MessageSignature.GreetingByFirstName([model.RecipientName], language))
            .Paragraph(T(
                language,
                $"{Capital(scheme)} is opengesteld. Aanvragen moeten uiterlijk {deadline} binnen zijn.",
                $"{Capital(scheme)} is open. Applications are due by {deadline}."));
        SubsidyEnd(body, model.InfoUrl, model.Links, language).Paragraph(MessageSignature.SignOff(model.Coordinators, model.PartnershipName, language));
        return Message(T(language, $"Subsidieregeling {model.RoundTitle}: aanvragen uiterlijk {deadline}", $"Subsidy scheme {model.RoundTitle}: applications due by {deadline}"), body);
    }

    public static RenderedMessage SubsidyReminder(SubsidyReminderModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var deadline = TimeOfDayFormat.Deadline(model.Deadline, model.DeadlineTime, language);
        var scheme = SubsidyWording.Scheme(model.RoundTitle, model.Funder, language);
        var left = DaysLeft(model.DaysLeft, language);
        var body = new BodyWriter(language)
            .Paragraph(MessageSignature.GreetingByFirstName([model.RecipientName], language))
            .Paragraph(T(
                language,
                $"Over {left} sluit {scheme}: aanvragen moeten uiterlijk {deadline} binnen zijn. We weten nog niet of uw school een aanvraag indient.",
                $"{Capital(scheme)} closes in {left}: applications are due by {deadline}. We do not know yet whether your school will apply."));
        SubsidyEnd(body, model.InfoUrl, model.Links, language).Paragraph(MessageSignature.SignOff(model.Coordinators, model.PartnershipName, language));
        return Message(T(language, $"Nog {left}: subsidieregeling {model.RoundTitle}", $"{left} left: subsidy scheme {model.RoundTitle}"), body);
    }

    private static BodyWriter SubsidyEnd(BodyWriter body, Uri? infoUrl, SubsidyActionLinks links, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(links);
        body.Paragraph(T(language, "Wilt u met één klik laten weten of uw school een aanvraag indient?", "Please tell us with one click whether your school will apply:"))
            .Actions(
                (T(language, "We vragen aan", "We will apply"), links.Apply),
                (T(language, "Niet voor ons", "Not for us"), links.NotForUs));
        if (infoUrl is not null)
        {
            body.Link(T(language, "Meer over deze regeling", "More about this scheme"), infoUrl);
        }

        return body;
    }

    private static string DaysLeft(int days, MessageLanguage language) =>
        days == 1 ? T(language, "1 dag", "1 day") : T(language, $"{days} dagen", $"{days} days");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
