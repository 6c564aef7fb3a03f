namespace Workflows.Runtime.Benchmarks;

/// <summary>Nearest-rank percentiles over raw samples.</summary>
internal static class Percentiles
{
    /// <summary>The value at percentile <paramref name="p"/> (0-100) of <paramref name="samples"/>, or 0 for none.</summary>
    public static double Of(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return 0;
        }

        var sorted = samples.Order().ToArray();
        int rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
