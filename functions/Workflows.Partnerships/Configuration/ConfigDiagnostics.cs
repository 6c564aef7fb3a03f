using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Configuration;

/// <summary>Collects located errors while a file is read, so that every mistake is reported in one run.</summary>
internal sealed class ConfigDiagnostics(string file)
{
    private readonly List<ConfigError> errors = [];
    private readonly HashSet<(long Line, long Column)> ignoredKeys = [];

    public bool HasErrors => errors.Count > 0;

    public void Add(Mark mark, string message) =>
        errors.Add(new ConfigError(file, ToPosition(mark.Line), ToPosition(mark.Column), message));

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    /// <summary>A key already reported (a duplicate renamed for reading) that mapping readers must pass over.</summary>
    public void IgnoreKeyAt(Mark mark) => ignoredKeys.Add((mark.Line, mark.Column));

    public bool IsIgnoredKey(YamlNode key) => ignoredKeys.Contains((key.Start.Line, key.Start.Column));

    /// <summary>In file order, so the list reads top to bottom; errors at the same place keep the order they were found.</summary>
    public IReadOnlyList<ConfigError> Sorted() => [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];

    // YamlDotNet marks are 1-based, but an exception raised before any input was read carries zeros.
    private static int ToPosition(long value) => (int)Math.Clamp(value, 1, int.MaxValue);
}
