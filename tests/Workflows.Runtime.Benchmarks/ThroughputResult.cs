namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// The result of a chain, fanout or events run. "Activities" are activities executed (events handled, for events),
/// all instances together. storage_requests counts the worker's requests in the measured window (first start to
/// last completion seen, retries included); the client's (starts, events, completion queries) are counted apart in
/// client_storage_requests. Instance percentiles are CreatedAt to LastUpdatedAt of each instance.
/// </summary>
internal sealed record ThroughputResult(
    string Scenario,
    string Settings,
    string Hub,
    int Orchestrations,
    int ActivitiesPerOrchestration,
    int Activities,
    double WallSeconds,
    double ActivitiesPerSecond,
    long StorageRequests,
    double StorageRequestsPerActivity,
    long ClientStorageRequests,
    double ClientStorageRequestsPerActivity,
    double InstanceSecondsP50,
    double InstanceSecondsP95,
    double InstanceSecondsMax,
    TuningSummary Tuning,
    IReadOnlyDictionary<string, long> RequestsByService,
    IReadOnlyDictionary<string, long> RequestsByOperation,
    IReadOnlyDictionary<string, long> ClientRequestsByOperation)
{
    public static ThroughputResult From(BenchHub hub, Scenario scenario, int orchestrations, int size, BatchOutcome outcome)
    {
        int activities = orchestrations * size;
        return new ThroughputResult(
            scenario.Name,
            SettingsNames.Of(hub.Tuning),
            hub.Name,
            orchestrations,
            size,
            activities,
            ResultJson.Round(outcome.Wall.TotalSeconds),
            ResultJson.Round(activities / outcome.Wall.TotalSeconds),
            hub.WorkerRequests.Count,
            ResultJson.Ratio(hub.WorkerRequests.Count, activities),
            hub.ClientRequests.Count,
            ResultJson.Ratio(hub.ClientRequests.Count, activities),
            ResultJson.Round(Percentiles.Of(outcome.InstanceSeconds, 50)),
            ResultJson.Round(Percentiles.Of(outcome.InstanceSeconds, 95)),
            ResultJson.Round(Percentiles.Of(outcome.InstanceSeconds, 100)),
            TuningSummary.Of(hub.Settings),
            hub.WorkerRequests.ByService,
            hub.WorkerRequests.ByOperation,
            hub.ClientRequests.ByOperation);
    }
}
