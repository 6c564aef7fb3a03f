using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Selectors;

/// <summary>
/// Turns selectors (a person id, <c>role:x</c>, <c>kind:x</c>, <c>org:x</c>, joined with <c>&amp;</c>)
/// into the people they name.
/// </summary>
public static class SelectorResolver
{
    /// <summary>
    /// The people any selector matches, each once with every reason, in the order of <c>people</c> in the file.
    /// </summary>
    /// <exception cref="FormatException">A selector is malformed or names an unknown id; <see cref="Validate"/> says why without throwing.</exception>
    public static IReadOnlyList<Selection> Resolve(PartnershipConfig config, IEnumerable<string> selectors)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(selectors);

        var parsed = new List<Selector>();
        foreach (var text in selectors)
        {
            var problems = Validate(config, text);
            if (problems.Count > 0)
            {
                throw new FormatException(string.Join("; ", problems));
            }

            parsed.Add(SelectorParser.Parse(text, out _)!);
        }

        var selections = new List<Selection>();
        foreach (var person in config.People)
        {
            var reasons = parsed
                .Where(s => SelectorMatcher.Matches(config, s, person))
                .Select(s => SelectorMatcher.Reason(config, s, person))
                .ToList();
            if (reasons.Count > 0)
            {
                selections.Add(new Selection(person, reasons));
            }
        }

        return selections;
    }

    /// <summary>What is wrong with a selector against a configuration (syntax, unknown ids); empty when it is fine.</summary>
    /// <remarks>For selectors from outside the configuration file, such as a simulation's responses file.</remarks>
    public static IReadOnlyList<string> Validate(PartnershipConfig config, string selector)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(selector);
        var parsed = SelectorParser.Parse(selector, out var error);
        return parsed is null ? [error!] : SelectorMatcher.UnknownIds(config, parsed);
    }
}
