using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// Loads a partnership configuration file, reporting every mistake with its line and column.
/// A file with any error yields no configuration at all: half a partnership would send half the invitations.
/// </summary>
public static class PartnershipConfigLoader
{
    /// <param name="path">The file; errors name it as given.</param>
    /// <param name="today">Dates in the past (subsidy deadlines) are judged against this day.</param>
    public static LoadResult Load(string path, NodaTime.LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new LoadResult(null, [new ConfigError(path, 1, 1, $"cannot read the file: {e.Message}")]);
        }

        return Parse(text, path, today);
    }

    /// <param name="yamlText">The file's contents.</param>
    /// <param name="fileName">The name errors carry.</param>
    /// <param name="today">Dates in the past (subsidy deadlines) are judged against this day.</param>
    public static LoadResult Parse(string yamlText, string fileName, NodaTime.LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new ConfigDiagnostics(fileName);
        if (!YamlLimits.Check(yamlText, diagnostics))
        {
            return new LoadResult(null, diagnostics.Sorted());
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(DuplicateKeys.Neutralize(yamlText, diagnostics)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // The parser cannot resume after a syntax error, so this is the one error of the run.
            diagnostics.Add(e.Start, SyntaxMessage(e));
            return new LoadResult(null, diagnostics.Sorted());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet also fails without a position: its scanner with InvalidOperationException on some unclosed
            // flow collections ("name: [a" followed by more keys), its node builder with ArgumentException on an
            // event it does not expect (both found by the robustness property test). Whatever the library throws
            // while reading text is a syntax problem of the file; the last event read is where it went wrong.
            diagnostics.Add(
                parser.Current?.Start ?? Mark.Empty,
                "YAML syntax error: cannot read on from here (an unclosed '[', '{' or quote?)");
            return new LoadResult(null, diagnostics.Sorted());
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(Mark.Empty, "the file is empty; it needs at least 'partnership', 'organizations' and 'people'");
            return new LoadResult(null, diagnostics.Sorted());
        }

        foreach (var extra in stream.Documents.Skip(1))
        {
            diagnostics.Add(extra.RootNode, "a second YAML document ('---'); a configuration file holds one");
        }

        var draft = new ConfigReader(diagnostics, today).Read(stream.Documents[0].RootNode);
        if (draft is not null)
        {
            new ConfigChecks(draft, diagnostics).Run();
        }

        return diagnostics.HasErrors || draft is null
            ? new LoadResult(null, diagnostics.Sorted())
            : new LoadResult(draft.Config, []);
    }

    private static string SyntaxMessage(YamlException e)
    {
        var message = e.Message.Trim().TrimEnd('.');
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            return $"duplicate key '{message["Duplicate key".Length..].Trim()}' (each key may appear once in a mapping)";
        }

        return message.Length == 0
            ? "YAML syntax error"
            : $"YAML syntax error: {char.ToLowerInvariant(message[0])}{message[1..]}";
    }
}
