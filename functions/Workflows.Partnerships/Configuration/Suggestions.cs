namespace Workflows.Partnerships.Configuration;

/// <summary>"Did you mean" hints: the nearest candidate within a Levenshtein distance of two.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary>"; did you mean 'x'?" or the empty string when nothing is close enough.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        var upper = text.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, text, StringComparison.Ordinal))
            {
                continue;
            }

            // Case differences cost nothing: "timezone" should still find "timeZone".
            // Replacing a whole short word is no "near miss": 'de' is not a misspelt 'nl'.
            var candidateUpper = candidate.ToUpperInvariant();
            var distance = Distance(upper, candidateUpper, transpositions: false);
            if (distance > MaxDistance || distance >= candidate.Length)
            {
                continue;
            }

            // Among the near ones a swapped pair of letters, the commonest slip, ranks as one edit,
            // so 'jna' finds 'jan' before 'anna'. Ties go to the candidate listed first.
            var rank = Distance(upper, candidateUpper, transpositions: true);
            if (rank < bestRank)
            {
                best = candidate;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>"a, b or c".</summary>
    public static string OneOf(IReadOnlyList<string> words) =>
        words.Count <= 1
            ? string.Concat(words)
            : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    /// <summary>Levenshtein distance, or with <paramref name="transpositions"/> the optimal string alignment distance.</summary>
    internal static int Distance(string a, string b, bool transpositions = false)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            table[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            table[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var best = Math.Min(substitution, Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1));
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, table[i - 2, j - 2] + 1);
                }

                table[i, j] = best;
            }
        }

        return table[a.Length, b.Length];
    }
}
