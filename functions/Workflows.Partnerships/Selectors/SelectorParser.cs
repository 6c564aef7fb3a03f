using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Selectors;

/// <summary>
/// Parses <c>term(&amp;term)*</c> where a term is a person id, <c>role:x</c>, <c>kind:x</c> or
/// <c>org:x</c>. Only the syntax and the fixed kind names are checked here; ids are checked against
/// a configuration by <see cref="SelectorMatcher"/>.
/// </summary>
internal static class SelectorParser
{
    private static readonly string[] Prefixes = ["role", "kind", "org"];

    /// <summary>The selector, or null with the reason it is malformed.</summary>
    public static Selector? Parse(string text, out string? error)
    {
        var terms = new List<SelectorTerm>();
        foreach (var raw in text.Split('&'))
        {
            // Spaces around '&' are forgiven; inside a term they are not (ids and roles have none).
            var part = raw.Trim();
            if (part.Length == 0)
            {
                error = $"selector '{text}' has an empty part (write a&b, not a& or &b)";
                return null;
            }

            var term = ParseTerm(text, part, out error);
            if (term is null)
            {
                return null;
            }

            terms.Add(term);
        }

        error = null;
        return new Selector(text, terms);
    }

    private static SelectorTerm? ParseTerm(string text, string part, out string? error)
    {
        error = null;
        var colon = part.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            if (part.Any(char.IsWhiteSpace))
            {
                error = $"selector '{text}': '{part}' is not a person id (ids have no spaces)";
                return null;
            }

            return new SelectorTerm(SelectorTermKind.Person, part);
        }

        var prefix = part[..colon];
        var value = part[(colon + 1)..];
        if (!Prefixes.Contains(prefix, StringComparer.Ordinal))
        {
            var closest = Suggestions.Closest(prefix, Prefixes);
            error = $"selector '{text}': unknown prefix '{prefix}:' (expected role:, kind:, org: or a person id)"
                + (closest is null ? string.Empty : $"; did you mean '{closest}:'?");
            return null;
        }

        if (value.Length == 0 || value.Any(char.IsWhiteSpace))
        {
            error = $"selector '{text}': '{part}' needs a value without spaces after '{prefix}:'";
            return null;
        }

        switch (prefix)
        {
            case "role":
                return new SelectorTerm(SelectorTermKind.Role, value);
            case "org":
                return new SelectorTerm(SelectorTermKind.Organization, value);
            default:
                if (!ConfigKeywords.OrganizationKinds.TryParse(value, out var kind))
                {
                    error = $"selector '{text}': {ConfigKeywords.OrganizationKinds.Unknown(value)}";
                    return null;
                }

                return new SelectorTerm(SelectorTermKind.Kind, ConfigKeywords.ToKeyword(kind));
        }
    }
}
