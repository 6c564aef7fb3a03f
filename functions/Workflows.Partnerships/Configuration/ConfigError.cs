using System.Globalization;

namespace Workflows.Partnerships.Configuration;

/// <summary>One problem in a configuration file, at a 1-based line and column.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    /// <summary>The form editors and CI logs recognise: <c>file:line:col: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
