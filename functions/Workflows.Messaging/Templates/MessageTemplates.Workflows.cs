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
                $"Bij {model.Workflow} is een stap niet gelukt, ook niet na een paar nieuwe pogingen. Dit gebeurt niet meer automatisch; wilt u het zo nodig zelf doen? De rest loopt gewoon door: de volgende stappen en datums blijven zoals gepland.",
                $"In {model.Workflow}, one step failed, even after several retries. It will not be retried automatically; please do it yourself if needed. Everything else carries on: the next steps and dates stay as planned."))
            .Facts(
                (T(language, "Stap", "Step"), model.Step),
                (T(language, "Datum bijeenkomst", "Meeting date"), date),
                (T(language, "Technische melding", "Technical error"), model.Reason))
            .Closing(model.PartnershipName);
        return Message(T(language, $"Niet gelukt bij {model.Workflow}: {model.Step}", $"Step failed in {model.Workflow}: {model.Step}"), body);
    }
}
