namespace Workflows.Messaging.Templates;

/// <summary>
/// Renders every message the workflows send, from typed models, in Dutch (default) or English. Everything taken
/// from the model is HTML-escaped in the HTML body; action links are rendered as given (the caller signs them).
/// </summary>
public static partial class MessageTemplates
{
    private static string T(MessageLanguage language, string dutch, string english) =>
        language == MessageLanguage.English ? english : dutch;

    // Subjects are header lines: whatever the model holds, they stay on one line.
    private static RenderedMessage Message(string subject, BodyWriter body) =>
        new(string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), body.Build());

    private static string Where(string? location, bool online, MessageLanguage language) =>
        (string.IsNullOrWhiteSpace(location), online) switch
        {
            (true, true) => T(language, "Online (Teams)", "Online (Teams)"),
            (false, true) => $"{location} / {T(language, "online (Teams)", "online (Teams)")}",
            (false, false) => location!,
            _ => T(language, "volgt", "to follow"),
        };
}
