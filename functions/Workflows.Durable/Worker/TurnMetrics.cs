namespace Workflows.Durable.Worker;

/// <summary>Durations of committed turns (load, replay, commit, relay), for benchmarks and diagnostics.</summary>
internal sealed class TurnMetrics
{
    private readonly Lock _gate = new();
    private readonly List<double> _turnMs = [];

    public void Record(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _turnMs.Add(elapsed.TotalMilliseconds);
        }
    }

    public double[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _turnMs];
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _turnMs.Clear();
        }
    }
}
