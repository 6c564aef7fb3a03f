namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// The result of an idle run: the worker's storage requests while its hub held only instances waiting on a
/// day-long timer, counted after a settling time and extrapolated to an hour. activities_per_second is 0 (there
/// is no work); it is there so every line has the same core keys.
/// </summary>
internal sealed record IdleResult(
    string Scenario,
    string Settings,
    string Hub,
    int WaitingOrchestrations,
    double SettleSeconds,
    double MeasuredSeconds,
    double ActivitiesPerSecond,
    long StorageRequests,
    double StorageRequestsPerHour,
    TuningSummary Tuning,
    IReadOnlyDictionary<string, long> RequestsByService,
    IReadOnlyDictionary<string, long> RequestsByOperation);
