using System.Diagnostics;

namespace Workflows.Runtime.Benchmarks;

/// <summary>One stderr line per phase, stamped with the time since start, so stdout stays machine-readable.</summary>
internal static class Progress
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void Phase(string message)
        => Console.Error.WriteLine(FormattableString.Invariant(
            $"[{Stopwatch.GetElapsedTime(Started).TotalSeconds,7:0.000}s] {message}"));
}
