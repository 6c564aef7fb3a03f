namespace Workflows.Host.Cli;

/// <summary>Exit codes of the command line; 2 is the contract for "your input is wrong" (DESIGN.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    public const int InvalidInput = 2;
}
