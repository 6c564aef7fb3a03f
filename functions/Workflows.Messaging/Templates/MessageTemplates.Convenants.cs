namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    public static RenderedMessage AnnualReviewInvitation(AnnualReviewInvitationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste bestuurders,", "Dear board members,"))
            .Paragraph(T(
                language,
                $"Graag nodigen we u uit voor het jaarlijkse bestuursgesprek over het convenant tussen {model.VmboName} en {model.MboName}, op {when}.",
                $"We would like to invite you to the annual board review of the agreement between {model.VmboName} and {model.MboName}, on {when}."))
            .Facts(
                (T(language, "Wanneer", "When"), when),
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

        body.Closing(model.PartnershipName);
        return Message(T(language, $"Uitnodiging bestuursgesprek: convenant {model.VmboName} – {model.MboName}", $"Invitation to the annual board review: agreement {model.VmboName} – {model.MboName}"), body);
    }

    public static RenderedMessage ConvenantExpiryAlert(ConvenantExpiryAlertModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var until = MessageFormat.Date(model.ValidUntil, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste coördinatoren,", "Dear coordinators,"))
            .Paragraph(T(
                language,
                $"Het convenant tussen {model.VmboName} en {model.MboName} loopt af op {until}, over {DaysLeft(model.DaysLeft, language)}. Zonder nieuw convenant stopt de samenwerking daarna; wilt u de verlenging op de agenda zetten?",
                $"The agreement between {model.VmboName} and {model.MboName} expires on {until}, in {DaysLeft(model.DaysLeft, language)}. Without a new agreement the cooperation stops after that; please put its renewal on the agenda."))
            .Closing(model.PartnershipName);
        return Message(T(language, $"Convenant {model.VmboName} – {model.MboName} verloopt op {until}", $"Agreement {model.VmboName} – {model.MboName} expires on {until}"), body);
    }
}
