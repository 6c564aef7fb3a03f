using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// YamlDotNet's node tree refuses a mapping with a key written twice, which would leave that one mistake as the
/// file's only error. This pass finds such keys in the event stream first, reports them, and renames the later
/// ones in a copy of the text (same length, so every other line and column stays true) for the real read.
/// </summary>
internal static class DuplicateKeys
{
    public static string Neutralize(string text, ConfigDiagnostics diagnostics)
    {
        var duplicates = new List<Scalar>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is MappingStart)
                {
                    Mapping(parser, duplicates);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A syntax error (or a failure of the library on broken text): the real read reports it where it is.
            return text;
        }

        if (duplicates.Count == 0)
        {
            return text;
        }

        var copy = new StringBuilder(text);
        int counter = 0;
        foreach (var key in duplicates)
        {
            diagnostics.Add(key.Start, $"duplicate key '{key.Value}' (each key may appear once in a mapping)");
            diagnostics.IgnoreKeyAt(key.Start);
            string filler = (counter++).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(key.Value.Length, '0');
            for (int i = 0; i < key.Value.Length; i++)
            {
                copy[(int)key.Start.Index + i] = filler[Math.Min(i, filler.Length - 1)];
            }
        }

        return copy.ToString();
    }

    /// <summary>Reads one mapping (the parser stands on its start) and its nested collections.</summary>
    private static void Mapping(IParser parser, List<Scalar> duplicates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parser.MoveNext() && parser.Current is not MappingEnd)
        {
            // Only plain one-line keys can be renamed in place; anything else is left to the real read.
            if (parser.Current is Scalar { Style: ScalarStyle.Plain } key && key.End.Index - key.Start.Index == key.Value.Length
                && !seen.Add(key.Value) && key.Value.Length > 0)
            {
                duplicates.Add(key);
            }
            else
            {
                Skip(parser, duplicates);
            }

            parser.MoveNext();
            Skip(parser, duplicates);
        }
    }

    private static void Skip(IParser parser, List<Scalar> duplicates)
    {
        switch (parser.Current)
        {
            case MappingStart:
                Mapping(parser, duplicates);
                break;
            case SequenceStart:
                while (parser.MoveNext() && parser.Current is not SequenceEnd)
                {
                    Skip(parser, duplicates);
                }

                break;
        }
    }
}
