using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// How large and how deeply nested a configuration file may be, checked before it is read into nodes: the reader,
/// like YamlDotNet's node model, walks nested collections recursively, and a few kilobytes of <c>[[[[…</c> would
/// otherwise end the whole process with a stack overflow instead of a located error.
/// </summary>
public static class YamlLimits
{
    /// <summary>1 MiB of text: Profijt's 26 schools take about 20 KB.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>The deepest real file nests five or six levels (meetings → agenda → fixed items).</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Values the file stands for once every alias (<c>*name</c>) is replaced by what its anchor (<c>&amp;name</c>)
    /// holds. Profijt's file has a few thousand; ten lines of aliases to aliases (a "billion laughs") stand for
    /// billions, which anything that copies or walks the values (a deserializer, an error per item) never finishes.
    /// </summary>
    public const long MaxExpandedValues = 1_000_000;

    /// <summary>
    /// The same limits for another YAML file the tools read (a responses file): empty when <paramref name="text"/> may be
    /// read, otherwise the one located error why not.
    /// </summary>
    public static IReadOnlyList<ConfigError> Check(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new ConfigDiagnostics(fileName);
        return Check(text, diagnostics) ? [] : diagnostics.Sorted();
    }

    /// <summary>False, with the error added, when the file is too large, nested too deeply or expands too far to be read.</summary>
    internal static bool Check(string text, ConfigDiagnostics diagnostics)
    {
        if (text.Length > MaxCharacters)
        {
            diagnostics.Add(Mark.Empty, string.Create(
                CultureInfo.InvariantCulture, $"the file has {text.Length} characters; a configuration may have at most {MaxCharacters}"));
            return false;
        }

        // The parser hands out events one by one without recursing, so counting them is safe at any depth.
        var parser = new Parser(new StringReader(text));
        int depth = 0;

        // Every value counts one, an alias counts what its anchor's value counted; a collection's count is the
        // running total at its end minus the one at its start, so no value is ever copied to be counted.
        long expanded = 0;
        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Before)>();
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        diagnostics.Add(parser.Current.Start, string.Create(
                            CultureInfo.InvariantCulture, $"lists and mappings are nested more than {MaxDepth} levels deep here"));
                        return false;
                    case NodeEvent { } start and (MappingStart or SequenceStart):
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded));
                        expanded++;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        if (open.TryPop(out var closed) && closed.Anchor is { } name)
                        {
                            anchored[name] = expanded - closed.Before;
                        }

                        break;
                    case Scalar scalar:
                        expanded++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchored[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        expanded += anchored.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    default:
                        break;
                }

                if (expanded > MaxExpandedValues)
                {
                    diagnostics.Add(parser.Current!.Start, string.Create(
                        CultureInfo.InvariantCulture,
                        $"aliases ('*name') expand the file to more than {MaxExpandedValues} values here; a configuration may have at most {MaxExpandedValues}"));
                    return false;
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A syntax error: the full read below reports it with its position.
        }

        return true;
    }
}
