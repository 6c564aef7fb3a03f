using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Selectors;

/// <summary>
/// How a Dutch message names the people a selector chooses, as an indefinite noun phrase: "een mbo-sectordirecteur",
/// "iemand van ROC Achterhoek", "een decaan", or a person's name. <see cref="Rules.QuorumJudgement"/> turns it into
/// "geen …" / "niemand …" when saying what is missing.
/// </summary>
public static class SelectorLabels
{
    /// <summary>The label of a valid selector; the selector itself when it cannot be parsed (never for a loaded file).</summary>
    public static string Dutch(PartnershipConfig config, string selector)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(selector);
        if (SelectorParser.Parse(selector, out _) is not { } parsed)
        {
            return selector;
        }

        if (parsed.Terms.FirstOrDefault(t => t.Kind == SelectorTermKind.Person) is { } person)
        {
            // A person term names one person whatever else the selector says.
            return config.FindPerson(person.Value)?.Name ?? person.Value;
        }

        var roles = parsed.Terms.Where(t => t.Kind == SelectorTermKind.Role).Select(t => t.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select(RoleWord).ToList();
        string? organization = parsed.Terms.Where(t => t.Kind == SelectorTermKind.Organization)
            .Select(t => config.FindOrganization(t.Value)?.Name ?? t.Value)
            .FirstOrDefault();
        string? kind = parsed.Terms.Where(t => t.Kind == SelectorTermKind.Kind).Select(t => t.Value).FirstOrDefault();
        string role = string.Join(" en ", roles);

        if (organization is not null)
        {
            return roles.Count == 0 ? $"iemand van {organization}" : $"een {role} van {organization}";
        }

        if (kind is not null)
        {
            return roles.Count == 0
                ? $"iemand van {KindPhrase(kind)}"
                : Abbreviation(kind) ? $"een {kind}-{role}" : $"een {role} van {KindPhrase(kind)}";
        }

        return $"een {role}";
    }

    /// <summary>The label of <c>kind:x</c> (the older <c>requireKinds</c>), for snapshots that carry only the kind keyword.</summary>
    public static string ForKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return $"iemand van {KindPhrase(kind.ToLowerInvariant())}";
    }

    // Config keys are ASCII and hyphenated; a Dutch reader sees the word: "coördinator", "docent M&T".
    private static string RoleWord(string role) => role switch
    {
        "coordinator" => "coördinator",
        "zorgcoordinator" => "zorgcoördinator",
        _ when role.StartsWith("docent-", StringComparison.Ordinal) && role.Length > "docent-".Length => "docent " + Subject(role["docent-".Length..]),
        _ => role,
    };

    // The school subjects as the partnership writes them; any other abbreviation in capitals ("bwi" → "BWI").
    private static string Subject(string subject) => subject switch
    {
        "mt" => "M&T",
        "mat" => "MaT",
        "zw" => "Z&W",
        "eo" => "E&O",
        "dp" => "D&P",
        "groen" => "Groen",
        _ => subject.ToUpperInvariant(),
    };

    // "het mbo", "het praktijkonderwijs": the kinds as Dutch speakers name the school types.
    private static string KindPhrase(string kind) => kind switch
    {
        "pro" => "het praktijkonderwijs",
        "havo-vwo" => "de havo/vwo",
        _ => $"het {kind}",
    };

    // Compounds read naturally with the acronyms ("mbo-sectordirecteur"), not with "pro" or "havo-vwo".
    private static bool Abbreviation(string kind) => kind is "vmbo" or "mbo" or "hbo" or "vso";
}
