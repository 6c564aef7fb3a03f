using System.Globalization;

namespace Workflows.Messaging.Templates;

/// <summary>The codes of <see cref="MessageLanguage"/> as the configuration writes them (<c>nl</c>, <c>en</c>).</summary>
public static class MessageLanguages
{
    public static string Code(this MessageLanguage language) => language switch
    {
        MessageLanguage.English => "en",
        _ => "nl",
    };

    /// <summary>The language of a code (<c>nl</c>, <c>en</c>, case-insensitive); <see cref="ArgumentException"/> otherwise.</summary>
    public static MessageLanguage FromCode(string code) =>
        TryFromCode(code, out var language)
            ? language
            : throw new ArgumentException($"Unknown message language '{code}'; use nl or en.", nameof(code));

    public static bool TryFromCode(string? code, out MessageLanguage language)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "NL":
                language = MessageLanguage.Dutch;
                return true;
            case "EN":
                language = MessageLanguage.English;
                return true;
            default:
                language = MessageLanguage.Dutch;
                return false;
        }
    }

    // en-IE: English words with the euro, since amounts are in euros.
    internal static CultureInfo Culture(this MessageLanguage language) =>
        language == MessageLanguage.English ? CultureInfo.GetCultureInfo("en-IE") : CultureInfo.GetCultureInfo("nl-NL");
}
