namespace Workflows.Messaging.Templates;

/// <summary>How the subsidy messages name a scheme and its funder ("de subsidieregeling ‘…’ van de provincie Gelderland").</summary>
public static class SubsidyWording
{
    /// <summary>
    /// The funder as it reads after "van": "Provincie Gelderland" is "de provincie Gelderland", "Gemeente Doetinchem"
    /// "de gemeente Doetinchem", "Ministerie van OCW" "het ministerie van OCW"; other names (DUS-I) as written.
    /// </summary>
    public static string Funder(string funder, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(funder);
        string name = funder.Trim();
        string first = name.Split(' ', 2)[0];
        if (language == MessageLanguage.English)
        {
            return name;
        }

        return first.ToUpperInvariant() switch
        {
            "PROVINCIE" or "GEMEENTE" or "REGIO" => "de " + char.ToLowerInvariant(name[0]) + name[1..],
            "MINISTERIE" => "het " + char.ToLowerInvariant(name[0]) + name[1..],
            _ => name,
        };
    }

    /// <summary><c>de subsidieregeling ‘Techniek 2027’ van de provincie Gelderland</c> / <c>the subsidy scheme ‘Techniek 2027’ by Provincie Gelderland</c>.</summary>
    public static string Scheme(string title, string funder, MessageLanguage language = MessageLanguage.Dutch) =>
        language == MessageLanguage.English
            ? $"the subsidy scheme ‘{title}’ by {Funder(funder, language)}"
            : $"de subsidieregeling ‘{title}’ van {Funder(funder, language)}";
}
