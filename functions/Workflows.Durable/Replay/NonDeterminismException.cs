namespace Workflows.Durable.Replay;

/// <summary>Replayed code took a different path than the one recorded in history.</summary>
internal sealed class NonDeterminismException : Exception
{
    public NonDeterminismException()
    {
    }

    public NonDeterminismException(string message)
        : base(message)
    {
    }

    public NonDeterminismException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public const string ErrorType = "NonDeterminismError";

    public static NonDeterminismException Mismatch(string orchestration, int step, string expected, string actual)
        => new($"Non-deterministic orchestration '{orchestration}' at step #{step}: history recorded {expected} but the code now does {actual}.");

    public static NonDeterminismException Missing(string orchestration, int step, string expected)
        => new($"Non-deterministic orchestration '{orchestration}' at step #{step}: history recorded {expected} but the code no longer does it.");
}
