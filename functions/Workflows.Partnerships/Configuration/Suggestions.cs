namespace Workflows.Partnerships.Configuration;

/// <summary>"Did you mean" hints: the nearest candidate within an edit distance of two.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary>"; did you mean 'x'?" or the empty string when nothing is close enough.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, text, StringComparison.Ordinal))
            {
                continue;
            }

            // Case differences cost nothing: "timezone" should still find "timeZone".
            // Replacing a whole short word is no "near miss": 'de' is not a misspelt 'nl'.
            var distance = Distance(text.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance && distance < candidate.Length)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"a, b or c".</summary>
    public static string OneOf(IReadOnlyList<string> words) =>
        words.Count <= 1
            ? string.Concat(words)
            : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    internal static int Distance(string a, string b)
    {
        // Two rows of the Levenshtein table are enough.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
