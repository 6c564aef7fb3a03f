namespace Workflows.Host.Cli;

/// <summary>Exit codes of the command line; 2 is the contract for "your input is wrong" (DESIGN.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something outside the input failed (storage unreachable, Azurite would not start).</summary>
    public const int Failed = 1;

    public const int InvalidInput = 2;
}
