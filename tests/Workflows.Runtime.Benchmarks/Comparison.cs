using System.Text.Json.Nodes;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// The last line of a <c>--settings both</c> run: both results side by side and tuned/default ratios of the figures
/// they share, all measured in the same run (same Azurite, same machine load, one after the other).
/// </summary>
internal static class Comparison
{
    private static readonly string[] Compared =
    [
        "activities_per_second",
        "storage_requests_per_activity",
        "client_storage_requests_per_activity",
        "instance_seconds_p50",
        "storage_requests_per_hour",
    ];

    public static JsonObject Of(string scenario, JsonObject byDefault, JsonObject tuned)
    {
        var ratios = new JsonObject();
        foreach (string key in Compared)
        {
            if (byDefault[key] is JsonValue d && tuned[key] is JsonValue t)
            {
                double ratio = ResultJson.Ratio(t.GetValue<double>(), d.GetValue<double>());
                ratios[key] = ratio;
                Progress.Phase(FormattableString.Invariant(
                    $"compare: {key}: default {d.GetValue<double>():0.###}, tuned {t.GetValue<double>():0.###}, tuned/default {ratio:0.###}"));
            }
        }

        return new JsonObject
        {
            ["scenario"] = scenario,
            ["settings"] = SettingsNames.Both,
            ["tuned_over_default"] = ratios,
            ["default"] = byDefault,
            ["tuned"] = tuned,
        };
    }
}
