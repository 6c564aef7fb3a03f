namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    public static RenderedMessage SubsidyAnnouncement(SubsidyAnnouncementModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var deadline = MessageFormat.Date(model.Deadline, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.RecipientName},", $"Dear {model.RecipientName},"))
            .Paragraph(T(
                language,
                $"De subsidieronde {model.RoundTitle} van {model.Funder} is geopend. Aanvragen moeten uiterlijk {deadline} binnen zijn.",
                $"The subsidy round {model.RoundTitle} by {model.Funder} is open. Applications are due by {deadline}."));
        SubsidyEnd(body, model.InfoUrl, model.Links, language).Closing(model.PartnershipName);
        return Message(T(language, $"Subsidieronde geopend: {model.RoundTitle} (deadline {deadline})", $"Subsidy round open: {model.RoundTitle} (deadline {deadline})"), body);
    }

    public static RenderedMessage SubsidyReminder(SubsidyReminderModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var deadline = MessageFormat.Date(model.Deadline, language);
        var left = DaysLeft(model.DaysLeft, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.RecipientName},", $"Dear {model.RecipientName},"))
            .Paragraph(T(
                language,
                $"Over {left} ({deadline}) sluit de subsidieronde {model.RoundTitle} van {model.Funder}. We weten nog niet of uw school aanvraagt.",
                $"The subsidy round {model.RoundTitle} by {model.Funder} closes in {left} ({deadline}). We do not know yet whether your school applies."));
        SubsidyEnd(body, model.InfoUrl, model.Links, language).Closing(model.PartnershipName);
        return Message(T(language, $"Nog {left}: {model.RoundTitle}", $"{left} left: {model.RoundTitle}"), body);
    }

    private static BodyWriter SubsidyEnd(BodyWriter body, Uri? infoUrl, SubsidyActionLinks links, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(links);
        body.Paragraph(T(language, "Laat u met één klik weten wat uw school doet?", "Please tell us with one click what your school will do:"))
            .Actions(
                (T(language, "We vragen aan", "We will apply"), links.Apply),
                (T(language, "Niet voor ons", "Not for us"), links.NotForUs));
        if (infoUrl is not null)
        {
            body.Link(T(language, "Meer over deze ronde", "More about this round"), infoUrl);
        }

        return body;
    }

    private static string DaysLeft(int days, MessageLanguage language) =>
        days == 1 ? T(language, "1 dag", "1 day") : T(language, $"{days} dagen", $"{days} days");
}
