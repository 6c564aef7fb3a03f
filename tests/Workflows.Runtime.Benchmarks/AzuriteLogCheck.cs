using System.Text.Json.Nodes;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// Compares the process's own request count (every <see cref="RequestCounter"/>, whole run: set-up, warm-up,
/// measurement, clean-up) with the requests Azurite logged: one "…StorageContextMiddleware: RequestMethod=" line
/// per HTTP request it received (a table batch is one request). Read after Azurite stopped, so the log is complete.
/// </summary>
internal static class AzuriteLogCheck
{
    private const string RequestMarker = "StorageContextMiddleware: RequestMethod=";

    public static JsonObject Compare(string logPath, long counted)
    {
        var byService = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long logged = 0;
        foreach (string line in File.ReadLines(logPath))
        {
            int at = line.IndexOf(RequestMarker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            logged++;
            int start = line.LastIndexOf(' ', at) + 1;
            string service = line[start..at].ToLowerInvariant();
            byService[service] = byService.GetValueOrDefault(service) + 1;
        }

        var result = new JsonObject
        {
            ["azurite_logged_requests"] = logged,
            ["counted_requests"] = counted,
            ["difference"] = counted - logged,
            ["difference_percent"] = logged > 0 ? ResultJson.Round(100.0 * (counted - logged) / logged) : 0,
            ["azurite_logged_by_service"] = new JsonObject(byService.Select(
                p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        };
        Progress.Phase($"azurite log: {logged} requests logged by Azurite, {counted} counted by the policies");
        return result;
    }
}
