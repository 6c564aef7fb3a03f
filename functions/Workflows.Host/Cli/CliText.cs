using System.Globalization;

namespace Workflows.Host.Cli;

/// <summary>What the command line's English lines share: a count with the noun in the right number.</summary>
internal static class CliText
{
    /// <summary>"1 subsidy round", "0 subsidy rounds", "2 subsidy rounds".</summary>
    public static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
