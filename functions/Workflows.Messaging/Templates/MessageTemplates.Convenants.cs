namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    public static RenderedMessage AnnualReviewInvitation(AnnualReviewInvitationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = TimeOfDayFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste bestuurders,", "Dear board members,"))
            .Paragraph(T(
                language,
                $"Graag nodigen we u uit voor het jaarlijkse bestuursgesprek over het convenant tussen {model.VmboName} en {model.MboName}, op {when}.",
                $"We would like to invite you to the annual board review of the agreement between {model.VmboName} and {model.MboName}, on {when}."))
            .Facts(
                (T(language, "Wanneer", "When"), TimeOfDayFormat.Span(model.Start, model.End, language, list: true)),
                (T(language, "Waar", "Where"), Where(model.Location, online: false, language)),
                (T(language, "Convenant geldig tot", "Agreement valid until"), MessageFormat.Date(model.ValidUntil, language)))
            .Heading(T(language, "Agenda", "Agenda"))
            .List(
                [
                    T(language, "Wat we afspraken: opleidingen (crebo's), uren en kosten (hieronder)", "What we agreed: qualifications (crebos), hours and costs (below)"),
                    .. model.EvaluationItems,
                    T(language, "Afspraken voor het komende jaar", "Agreements for the coming year"),
                ],
                numbered: true)
            .Heading(T(language, "Opleidingen (crebo's)", "Qualifications (crebos)"))
            .List(model.Crebos)
            .Heading(T(language, "Uren en kosten", "Hours and costs"))
            .Table(
                [T(language, "Onderdeel", "Category"), T(language, "Uren", "Hours"), T(language, "Kosten", "Cost")],
                [
                    .. model.Hours.Select(h => (IReadOnlyList<string>)[h.Category, MessageFormat.Number(h.Hours, language), MessageFormat.Money(h.Hours * model.PricePerHour, language)]),
                    [T(language, "Totaal", "Total"), MessageFormat.Number(model.TotalHours, language), MessageFormat.Money(model.TotalCost, language)],
                ])
            .Facts((T(language, "Prijs per uur", "Price per hour"), MessageFormat.Money(model.PricePerHour, language)));
        if (!string.IsNullOrWhiteSpace(model.LastYearOutcome))
        {
            body.Heading(T(language, "Uitkomst vorig jaar", "Last year's outcome")).Paragraph(model.LastYearOutcome);
        }

        body.Paragraph(MessageSignature.SignOff(model.Coordinators, model.PartnershipName, language));

        // The subject is the calendar item's title, which stays in people's calendars: the talk itself, not "Uitnodiging: …".
        return Message(T(language, $"Bestuursgesprek convenant {model.VmboName} – {model.MboName}", $"Annual board review: agreement {model.VmboName} – {model.MboName}"), body);
    }

    public static RenderedMessage ConvenantExpiryAlert(ConvenantExpiryAlertModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var until = MessageFormat.Date(model.ValidUntil, language);
        var first = T(
            language,
            $"Het convenant tussen {model.VmboName} en {model.MboName} loopt af op {until}, over {DaysLeft(model.DaysLeft, language)}.",
            $"The agreement between {model.VmboName} and {model.MboName} ends on {until}, in {DaysLeft(model.DaysLeft, language)}.");

        // Facts, not alarm: where the renewal is discussed; when the next talk comes after the end date, say so plainly.
        var next = model.NextTalk is not { } talk
            ? T(language, "Wilt u de verlenging op de agenda van het volgende bestuursgesprek zetten?", "Please put its renewal on the agenda of the next board review.")
            : talk <= model.ValidUntil
                ? T(language, $"We bespreken de verlenging in het bestuursgesprek van {MessageFormat.Date(talk, language)}.", $"We will discuss its renewal in the board review of {MessageFormat.Date(talk, language)}.")
                : T(language, $"Het volgende bestuursgesprek is op {MessageFormat.Date(talk, language)}, na die datum; wilt u de verlenging eerder met elkaar bespreken?", $"The next board review is on {MessageFormat.Date(talk, language)}, after that date; please discuss the renewal with each other before then.");
        var body = new BodyWriter(language)
            .Paragraph(model.Greeting ?? T(language, "Beste bestuurders,", "Dear board members,"))
            .Paragraph($"{first} {next}")
            .Paragraph(MessageSignature.SignOff(model.Coordinators, model.PartnershipName, language));
        return Message(T(language, $"Convenant {model.VmboName} – {model.MboName} loopt af op {until}", $"Agreement {model.VmboName} – {model.MboName} ends on {until}"), body);
    }
}
