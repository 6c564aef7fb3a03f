namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    /// <summary>To the coordinators, once per failed step: what did not happen, and that the rest goes on.</summary>
    public static RenderedMessage StepFailed(StepFailedModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var date = model.Date is { } d ? MessageFormat.Date(d, language) : null;
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste coördinatoren,", "Dear coordinators,"))
            .Paragraph(T(
                language,
                $"Bij {model.Workflow} is een stap niet gelukt, ook niet na een paar nieuwe pogingen: {model.Step}. Deze stap wordt niet meer automatisch gedaan; doe hem zo nodig zelf. De rest loopt gewoon door: de volgende stappen en data blijven zoals gepland.",
                $"In {model.Workflow} one step did not succeed, not even after several retries: {model.Step}. This step will not be done automatically any more; please do it yourself if it is needed. Everything else carries on: the next steps and dates stay as planned."))
            .Facts(
                (T(language, "Stap", "Step"), model.Step),
                (T(language, "Datum", "Date"), date),
                (T(language, "Melding", "Error"), model.Reason))
            .Closing(model.PartnershipName);
        return Message(T(language, $"Niet gelukt bij {model.Workflow}: {model.Step}", $"Not done in {model.Workflow}: {model.Step}"), body);
    }
}
