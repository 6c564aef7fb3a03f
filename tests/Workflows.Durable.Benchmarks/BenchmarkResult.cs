using System.Text.Json;

namespace Workflows.Durable.Benchmarks;

/// <summary>
/// The one JSON line a run prints last on stdout (snake_case keys; floats rounded to 3 decimals).
/// <list type="bullet">
/// <item>activities: activities (events, for 'events') executed in the measured phase, all instances together.</item>
/// <item>wall_seconds: first instance scheduled to the last completion committed (see <see cref="InstanceBatch"/>).</item>
/// <item>p50/p99_turn_ms: the worker's committed turns (load if not cached, replay, commit, relay), from its metrics.</item>
/// <item>storage_requests: HTTP requests of the worker's hub only (retries included); the client's go to another counter.</item>
/// <item>floor_ms: median of one table upsert + queue send + receive + delete (see <see cref="StorageFloor"/>).</item>
/// <item>turn_over_floor: p50_turn_ms / floor_ms.</item>
/// </list>
/// </summary>
internal sealed record BenchmarkResult(
    string Scenario,
    int Orchestrations,
    int Activities,
    double WallSeconds,
    double ActivitiesPerSecond,
    double P50TurnMs,
    double P99TurnMs,
    long StorageRequests,
    double StorageRequestsPerActivity,
    double FloorMs,
    double TurnOverFloor)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static BenchmarkResult From(BenchmarkSettings settings, MeasuredRun run, double floorMs)
    {
        int activities = settings.Orchestrations * settings.Size;
        double p50 = Percentiles.Of(run.TurnMs, 50);
        return new BenchmarkResult(
            settings.Scenario.Name,
            settings.Orchestrations,
            activities,
            Round(run.Wall.TotalSeconds),
            Round(activities / run.Wall.TotalSeconds),
            Round(p50),
            Round(Percentiles.Of(run.TurnMs, 99)),
            run.StorageRequests,
            Round((double)run.StorageRequests / activities),
            Round(floorMs),
            Round(floorMs > 0 ? p50 / floorMs : 0));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
