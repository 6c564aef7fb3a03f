using System.Globalization;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Workflows.Partnerships.Limits;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// Reads the fields of one YAML mapping, reporting each problem at the node it concerns and
/// carrying on. Accessors return null (or an empty list) for a field that is absent or wrong, and
/// remember which fields failed, so later cross-checks do not pile a second error on the first.
/// </summary>
internal sealed class MappingReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private readonly ConfigDiagnostics diagnostics;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> failed = new(StringComparer.Ordinal);

    private MappingReader(YamlMappingNode node, string path, ConfigDiagnostics diagnostics)
    {
        Node = node;
        Path = path;
        this.diagnostics = diagnostics;
    }

    public YamlMappingNode Node { get; }

    /// <summary>Where the mapping sits, e.g. <c>people[2]</c>; empty for the document root.</summary>
    public string Path { get; }

    /// <summary>Opens a mapping and reports its unknown keys; null (reported) when the node is not a mapping.</summary>
    public static MappingReader? Open(YamlNode node, string path, IReadOnlyList<string> keys, ConfigDiagnostics diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(node, $"{Prefix(path)}expected a mapping (key: value lines), not {Describe(node)}");
            return null;
        }

        var reader = new MappingReader(mapping, path, diagnostics);
        foreach (var (key, value) in mapping.Children)
        {
            if (diagnostics.IsIgnoredKey(key))
            {
                continue;
            }

            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Add(key, $"{Prefix(path)}a key must be a plain name, not {Describe(key)}");
                continue;
            }

            // A key is echoed in the message below: one that is a paragraph long or breaks the line is not.
            if (TextLimits.Check(name, path.Length == 0 ? "a key" : $"a key in {path}", TextLimits.Id, english: true) is { } misfit)
            {
                diagnostics.Add(key, misfit);
                continue;
            }

            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                var where = path.Length == 0 ? string.Empty : $" in {path}";
                diagnostics.Add(key, $"unknown key '{name}'{where}{Suggestions.DidYouMean(name, keys)}");
                continue;
            }

            reader.entries[name] = (key, value);
        }

        return reader;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Failed(string key) => failed.Contains(key);

    /// <summary>The value node, or null when the key is absent or its value is YAML null.</summary>
    public YamlNode? Value(string key) =>
        entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    /// <summary>The best place to point at for a field: its value, else its key, else the mapping.</summary>
    public YamlNode Locate(string key) =>
        entries.TryGetValue(key, out var entry) ? (IsNull(entry.Value) ? entry.Key : entry.Value) : Node;

    /// <summary>Reports a problem with a field found by a later check and marks the field failed.</summary>
    public void Fail(string key, YamlNode at, string message)
    {
        failed.Add(key);
        diagnostics.Add(at, $"{PathOf(key)}: {message}");
    }

    public void Fail(string key, string message) => Fail(key, Locate(key), message);

    /// <param name="maxLength">One of <see cref="TextLimits"/>'s lengths; a longer text or a line break is reported.</param>
    public string? String(string key, bool required = true, int maxLength = TextLimits.Line)
    {
        var scalar = Scalar(key, required, maxLength);
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Fail(key, scalar, "must not be empty");
            return null;
        }

        return scalar.Value;
    }

    public int? Int(string key, bool required = true)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (TryParseInt(scalar, out var value))
        {
            return value;
        }

        Fail(key, scalar, NotAWholeNumber(scalar));
        return null;
    }

    /// <summary>A whole number of days that must not be negative (lead times, reminders).</summary>
    public int? Days(string key, bool required = true)
    {
        var value = Int(key, required);
        if (value < 0)
        {
            Fail(key, $"{value.Value.ToString(CultureInfo.InvariantCulture)} days is negative; a number of days before must be 0 or more");
            return null;
        }

        return value;
    }

    public decimal? Decimal(string key, bool required = true)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(key, scalar, $"'{scalar.Value}' is not a number");
        return null;
    }

    public double? Double(string key, bool required = true)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Fail(key, scalar, $"'{scalar.Value}' is not a number");
        return null;
    }

    public bool? Bool(string key, bool required = true)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        // Only true/false: YAML 1.1's yes/no/on/off surprise people ("no" as a country code).
        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Fail(key, scalar, $"'{scalar.Value}' is not true or false");
        return null;
    }

    public LocalDate? Date(string key, bool required = true)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (ParseDate(scalar) is { } date)
        {
            return date;
        }

        Fail(key, scalar, NotADate(scalar));
        return null;
    }

    public T? Keyword<T>(string key, KeywordTable<T> table, bool required = true)
        where T : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (table.TryParse(text, out var value))
        {
            return value;
        }

        Fail(key, table.Unknown(text));
        return null;
    }

    public MappingReader? Mapping(string key, IReadOnlyList<string> keys, bool required = true)
    {
        var node = required ? Required(key) : Value(key);
        if (node is null)
        {
            return null;
        }

        var reader = Open(node, PathOf(key), keys, diagnostics);
        if (reader is null)
        {
            failed.Add(key);
        }

        return reader;
    }

    /// <summary>The items of a list; empty (and reported) when the value is not a list.</summary>
    public IReadOnlyList<YamlNode> Items(string key, bool required = true)
    {
        var node = required ? Required(key) : Value(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            default:
                Fail(key, node, $"expected a list, not {Describe(node)}");
                return [];
        }
    }

    /// <summary>The entries of a free-form mapping (names chosen by the file, such as convenant hours).</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Pairs(string key, bool required = true)
    {
        var node = required ? Required(key) : Value(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Fail(key, node, $"expected a mapping (name: value lines), not {Describe(node)}");
            return [];
        }

        var pairs = new List<(YamlScalarNode, YamlNode)>();
        foreach (var (name, value) in mapping.Children)
        {
            if (name is not YamlScalarNode { Value: { } text } scalar || IsNull(scalar))
            {
                Fail(key, name, $"a name must be a plain word, not {Describe(name)}");
            }
            else if (TextLimits.Check(text, $"{PathOf(key)}: a name", TextLimits.Title, english: true) is { } misfit)
            {
                failed.Add(key);
                diagnostics.Add(name, misfit);
            }
            else
            {
                pairs.Add((scalar, value));
            }
        }

        return pairs;
    }

    /// <summary>A list of single values; items that are not single values are reported and left out.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = true)
    {
        var result = new List<string>();
        foreach (var (item, index) in Items(key, required).Select((n, i) => (n, i)))
        {
            if (item is YamlScalarNode { Value: { } text } && !IsNull(item) && !string.IsNullOrWhiteSpace(text))
            {
                if (TextLimits.Check(text, ItemPath(key, index), TextLimits.Line, english: true) is { } misfit)
                {
                    failed.Add(key);
                    diagnostics.Add(item, misfit);
                    continue;
                }

                result.Add(text);
            }
            else
            {
                failed.Add(key);
                diagnostics.Add(item, $"{ItemPath(key, index)}: expected a single value, not {Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>
    /// The valid single-value items of a list with their nodes, for cross-checks; reports nothing,
    /// because <see cref="Strings"/> already did.
    /// </summary>
    public IEnumerable<(YamlScalarNode Node, string Value, string Path)> ScalarItems(string key)
    {
        if (Value(key) is not YamlSequenceNode sequence)
        {
            yield break;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(text)
                && TextLimits.Fits(text, TextLimits.Line))
            {
                yield return (scalar, text, ItemPath(key, i));
            }
        }
    }

    public string ItemPath(string key, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{PathOf(key)}[{index}]");

    public static LocalDate? ParseDate(YamlScalarNode scalar) =>
        DatePattern.Parse(scalar.Value ?? string.Empty) is { Success: true } result ? result.Value : null;

    public static string NotADate(YamlScalarNode scalar) => $"'{scalar.Value}' is not a date (yyyy-MM-dd)";

    public static bool TryParseInt(YamlScalarNode scalar, out int value) =>
        int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static string NotAWholeNumber(YamlScalarNode scalar) => $"'{scalar.Value}' is not a whole number";

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "an empty value",
        YamlScalarNode { Value: { } text } when text.Length > TextLimits.Line => Invariant($"a text of {text.Length} characters"),
        YamlScalarNode { Value: { } text } when !TextLimits.Fits(text, TextLimits.Line) => "a text with a control character",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "this",
    };

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Prefix(string path) => path.Length == 0 ? string.Empty : $"{path}: ";

    private YamlNode? Required(string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            failed.Add(key);
            var where = Path.Length == 0 ? string.Empty : $" in {Path}";
            diagnostics.Add(Node, $"missing required key '{key}'{where}");
            return null;
        }

        if (IsNull(entry.Value))
        {
            Fail(key, entry.Key, "missing value");
            return null;
        }

        return entry.Value;
    }

    /// <summary>
    /// The field's single value, held to <paramref name="maxLength"/> and one line before anything reads or echoes it:
    /// every value of the file reaches invitations, mails and logs, and a CR/LF in a name once became a content line
    /// of its own in an invitation's .ics.
    /// </summary>
    private YamlScalarNode? Scalar(string key, bool required, int maxLength = TextLimits.Line)
    {
        var node = required ? Required(key) : Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            if (TextLimits.Check(scalar.Value ?? string.Empty, PathOf(key), maxLength, english: true) is { } misfit)
            {
                failed.Add(key);
                diagnostics.Add(scalar, misfit);
                return null;
            }

            return scalar;
        }

        Fail(key, node, $"expected a single value, not {Describe(node)}");
        return null;
    }
}
