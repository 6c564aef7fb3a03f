namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    /// <summary>A notice in the same frame as every other mail (<see cref="NoticeModel"/>).</summary>
    public static RenderedMessage Notice(NoticeModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new BodyWriter(language).Paragraph(model.Greeting);
        foreach (var paragraph in model.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            body.Paragraph(paragraph);
        }

        foreach (var list in model.Lists.Where(l => l.Items.Count > 0))
        {
            body.Paragraph(list.Heading + ":").List(list.Items);
        }

        body.Paragraph(model.SignOff);
        return Message(model.Subject, body);
    }
}
