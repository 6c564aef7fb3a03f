using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Selectors;

/// <summary>Matches parsed selectors against a configuration and explains each match.</summary>
internal static class SelectorMatcher
{
    /// <summary>Ids the selector names that the configuration does not have.</summary>
    public static IReadOnlyList<string> UnknownIds(PartnershipConfig config, Selector selector)
    {
        var problems = new List<string>();
        foreach (var term in selector.Terms)
        {
            switch (term.Kind)
            {
                case SelectorTermKind.Person when config.FindPerson(term.Value) is null:
                    problems.Add($"selector '{selector.Text}': unknown person '{term.Value}'"
                        + Suggestions.DidYouMean(term.Value, config.People.Select(p => p.Id)));
                    break;
                case SelectorTermKind.Organization when config.FindOrganization(term.Value) is null:
                    problems.Add($"selector '{selector.Text}': unknown organization '{term.Value}'"
                        + Suggestions.DidYouMean(term.Value, config.Organizations.Select(o => o.Id)));
                    break;
                default:
                    break;
            }
        }

        return problems;
    }

    public static bool Matches(PartnershipConfig config, Selector selector, Person person)
        => Matches(config, selector, person, rolesUnknown: false, organizationUnknown: false, kindUnknown: false);

    /// <summary>
    /// Whether the selector matches, or could match once the facts marked unknown (because the file got them
    /// wrong) are corrected: an unknown fact satisfies every term that depends on it.
    /// </summary>
    public static bool Matches(PartnershipConfig config, Selector selector, Person person, bool rolesUnknown, bool organizationUnknown, bool kindUnknown)
    {
        var organization = config.FindOrganization(person.Organization);
        return selector.Terms.All(term => term.Kind switch
        {
            SelectorTermKind.Person => person.Id == term.Value,
            SelectorTermKind.Role => rolesUnknown || person.Roles.Contains(term.Value, StringComparer.OrdinalIgnoreCase),
            SelectorTermKind.Kind => kindUnknown || (organization is not null && ConfigKeywords.ToKeyword(organization.Kind) == term.Value),
            SelectorTermKind.Organization => organizationUnknown || person.Organization == term.Value,
            _ => false,
        });
    }

    public static IReadOnlyList<Person> Match(PartnershipConfig config, Selector selector) =>
        [.. config.People.Where(p => Matches(config, selector, p))];

    /// <summary>Why a matched person is in, e.g. "kind:mbo&amp;role:sectordirecteur: Jan Jansen is sectordirecteur at ROC Voorbeeld (mbo)".</summary>
    public static string Reason(PartnershipConfig config, Selector selector, Person person)
    {
        if (selector.Terms.All(t => t.Kind == SelectorTermKind.Person))
        {
            return $"{selector.Text}: {person.Name} is named by id";
        }

        var organization = config.FindOrganization(person.Organization);
        var where = organization is null
            ? person.Organization
            : $"{organization.Name} ({ConfigKeywords.ToKeyword(organization.Kind)})";

        // The person's own spelling of a role reads better than the selector's, which may differ in case.
        var roles = selector.Terms
            .Where(t => t.Kind == SelectorTermKind.Role)
            .Select(t => person.Roles.First(r => string.Equals(r, t.Value, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return roles.Count == 0
            ? $"{selector.Text}: {person.Name} works at {where}"
            : $"{selector.Text}: {person.Name} is {JoinAnd(roles)} at {where}";
    }

    private static string JoinAnd(List<string> words) =>
        words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}";
}
