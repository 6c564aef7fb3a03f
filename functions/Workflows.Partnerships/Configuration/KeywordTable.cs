namespace Workflows.Partnerships.Configuration;

/// <summary>The spellings of an enum in the configuration file, in the order error messages list them.</summary>
internal sealed class KeywordTable<T>
    where T : struct, Enum
{
    private readonly (string Keyword, T Value)[] entries;

    public KeywordTable(string what, params (string Keyword, T Value)[] entries)
    {
        What = what;
        this.entries = entries;
        Keywords = [.. entries.Select(e => e.Keyword)];
    }

    /// <summary>What a value is called in messages, e.g. "school region".</summary>
    public string What { get; }

    public IReadOnlyList<string> Keywords { get; }

    public bool TryParse(string text, out T value)
    {
        // Case is forgiven: "Midden" means midden, and nothing else could be meant.
        foreach (var (keyword, candidate) in entries)
        {
            if (string.Equals(keyword, text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string ToKeyword(T value)
    {
        foreach (var (keyword, candidate) in entries)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return keyword;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No keyword for {typeof(T).Name}.{value}.");
    }

    /// <summary>The message for a value that is not one of the keywords, with a suggestion when one is close.</summary>
    public string Unknown(string text) =>
        $"unknown {What} '{text}' (expected {Suggestions.OneOf(Keywords)}){Suggestions.DidYouMean(text, Keywords)}";
}
