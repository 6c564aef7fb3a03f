using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// How large and how deeply nested a configuration file may be, checked before it is read into nodes: the reader,
/// like YamlDotNet's node model, walks nested collections recursively, and a few kilobytes of <c>[[[[…</c> would
/// otherwise end the whole process with a stack overflow instead of a located error.
/// </summary>
internal static class YamlLimits
{
    /// <summary>1 MiB of text: Profijt's 26 schools take about 20 KB.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>The deepest real file nests five or six levels (meetings → agenda → fixed items).</summary>
    public const int MaxDepth = 32;

    /// <summary>False, with the error added, when the file is too large or nested too deeply to be read.</summary>
    public static bool Check(string text, ConfigDiagnostics diagnostics)
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
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    default:
                        break;
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
