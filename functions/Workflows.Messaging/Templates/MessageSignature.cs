namespace Workflows.Messaging.Templates;

/// <summary>
/// The greeting and sign-off the schrijfwijzer asks of every mail: signed by the coordinators by name ("Met
/// vriendelijke groet, / Hilde Voskamp en Wim Heijink / coördinatoren Profijt"), not by the partnership alone.
/// </summary>
public static class MessageSignature
{
    /// <summary>
    /// The sign-off lines: greeting, the coordinators' names, their role and the partnership; the partnership's
    /// name alone when no coordinator is named.
    /// </summary>
    public static string SignOff(IReadOnlyList<string>? coordinators, string partnershipName, MessageLanguage language = MessageLanguage.Dutch)
    {
        bool english = language == MessageLanguage.English;
        string greeting = english ? "Kind regards," : "Met vriendelijke groet,";
        var names = (coordinators ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return $"{greeting}\n{partnershipName}";
        }

        string role = (english, names.Count) switch
        {
            (true, 1) => $"coordinator, {partnershipName}",
            (true, _) => $"coordinators, {partnershipName}",
            (false, 1) => $"coördinator {partnershipName}",
            _ => $"coördinatoren {partnershipName}",
        };
        return $"{greeting}\n{Names(names, language)}\n{role}";
    }

    /// <summary><c>Beste Hilde en Wim,</c>: the first names of people who know each other (coordinators, colleagues).</summary>
    public static string GreetingByFirstName(IReadOnlyList<string> names, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(names);
        var first = names.Select(FirstName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        string opening = language == MessageLanguage.English ? "Dear" : "Beste";
        return first.Count == 0
            ? (language == MessageLanguage.English ? "Dear colleagues," : "Beste collega's,")
            : $"{opening} {Names(first, language)},";
    }

    /// <summary>The first word of a name ("Hilde" of "Hilde Voskamp").</summary>
    public static string FirstName(string name) =>
        (name ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    /// <summary><c>Hilde</c>, <c>Hilde en Wim</c>, <c>Anna, Hilde en Wim</c>.</summary>
    public static string Names(IReadOnlyList<string> names, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(names);
        string and = language == MessageLanguage.English ? "and" : "en";
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} {and} {names[^1]}",
        };
    }
}
