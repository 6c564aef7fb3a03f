namespace Workflows.Durable.Benchmarks;

/// <summary>What the measured phase observed, before it is turned into rates and percentiles.</summary>
/// <param name="Wall">First instance scheduled to last instance completed.</param>
/// <param name="TurnMs">Durations of the worker's committed turns.</param>
/// <param name="StorageRequests">Requests the worker's hub sent (client requests not included).</param>
internal sealed record MeasuredRun(TimeSpan Wall, IReadOnlyCollection<double> TurnMs, long StorageRequests);
