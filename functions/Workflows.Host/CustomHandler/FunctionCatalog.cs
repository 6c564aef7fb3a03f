using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.CustomHandler;

/// <summary>
/// Every function the app offers the Functions host: the engine's two queue triggers, the minute timer, and
/// one HTTP function per API route read from the app's own endpoints. function.json files are written from
/// this list at publish and the handler maps its invocation routes from it, so neither can drift.
/// </summary>
internal static class FunctionCatalog
{
    /// <summary>The app setting with the storage connection (the Functions host's own).</summary>
    public const string Connection = "AzureWebJobsStorage";

    /// <summary>Every minute, at second 0 (NCRONTAB with seconds).</summary>
    public const string MinuteSchedule = "0 */1 * * * *";

    /// <summary>
    /// The API's route prefix. host.json sets the host's own routePrefix to "" and every function's route carries
    /// its full path, so the API stays at <c>/api/…</c> and the dashboard is served at <c>/dashboard</c> in both modes.
    /// </summary>
    public const string RoutePrefix = "api";

    /// <summary>The dashboard's first path segment (<see cref="Dashboard.DashboardEndpoints.Prefix"/>).</summary>
    public const string DashboardPrefix = "dashboard";

    public const string ControlQueueFunction = "ControlQueue";
    public const string WorkQueueFunction = "WorkQueue";
    public const string HousekeepingFunction = "Housekeeping";

    /// <summary>Queue names follow the engine's layout: <c>{hub}-control</c>, <c>{hub}-work</c> in lower case.</summary>
    public static IReadOnlyList<TriggerFunction> Triggers(string taskHub)
    {
        string prefix = taskHub.ToLowerInvariant();
        return
        [
            new(ControlQueueFunction, TriggerKind.ControlQueue, "message", QueueName: $"{prefix}-control"),
            new(WorkQueueFunction, TriggerKind.WorkQueue, "message", QueueName: $"{prefix}-work"),
            new(HousekeepingFunction, TriggerKind.Timer, "timer", Schedule: MinuteSchedule),
        ];
    }

    /// <summary>
    /// One HTTP function per route template under <c>/api/</c> and <c>/dashboard</c>, with the union of its endpoints'
    /// methods. An API route is anonymous only when every endpoint on it allows anonymous access (the signed action
    /// links); every other API route needs a Functions key. Dashboard routes are anonymous at the host: a browser
    /// sends no Functions key, so the dashboard signs coordinators in itself (session cookie or the API key header,
    /// never trusting the host) and in Azure sits behind App Service Authentication as well.
    /// Endpoints elsewhere are not reachable through the Functions host.
    /// </summary>
    public static IReadOnlyList<HttpFunction> HttpFunctions(EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = new SortedDictionary<string, List<RouteEndpoint>>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (ServedRoute(endpoint.RoutePattern.RawText) is { } route)
            {
                if (!routes.TryGetValue(route, out var list))
                {
                    routes[route] = list = [];
                }

                list.Add(endpoint);
            }
        }

        var names = new HashSet<string>(Triggers("x").Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        var functions = new List<HttpFunction>();
        foreach (var (route, list) in routes)
        {
            var methodSets = list.Select(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods).ToList();
            IReadOnlyList<string>? methods = methodSets.Any(m => m is null || m.Count == 0)
                ? null
                : [.. methodSets.SelectMany(m => m!).Select(m => m.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
            bool dashboard = ApiRoute(route) is null;
            bool anonymous = dashboard || list.All(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
            functions.Add(new HttpFunction(UniqueName(route, names), route, methods, anonymous));
        }

        return functions;
    }

    /// <summary>The route template as the host serves it (no leading or trailing '/'), or null when it is neither API nor dashboard.</summary>
    internal static string? ServedRoute(string? rawText)
    {
        string template = (rawText ?? "").Trim('/');
        return ApiRoute(template) is not null
            || string.Equals(template, DashboardPrefix, StringComparison.OrdinalIgnoreCase)
            || template.StartsWith(DashboardPrefix + "/", StringComparison.OrdinalIgnoreCase)
            ? template
            : null;
    }

    /// <summary>The route template without the prefix, or null when the endpoint is not under <c>/api/</c>.</summary>
    internal static string? ApiRoute(string? rawText)
    {
        string template = (rawText ?? "").Trim('/');
        if (string.Equals(template, RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        return template.StartsWith(RoutePrefix + "/", StringComparison.OrdinalIgnoreCase) ? template[(RoutePrefix.Length + 1)..] : null;
    }

    /// <summary>
    /// A valid function (folder) name from a route: <c>api/instances/{instanceId}/terminate</c> becomes
    /// <c>Api_instances_instanceId_terminate</c>, <c>dashboard/attendance</c> <c>Dashboard_attendance</c>.
    /// Function names are case-insensitive, so clashes get a number.
    /// </summary>
    private static string UniqueName(string route, HashSet<string> taken)
    {
        var name = new StringBuilder(ApiRoute(route) is null ? "Dashboard" : "Api");
        foreach (string segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            string part = segment.StartsWith('{') ? segment.Trim('{', '}').TrimStart('*').Split(':', '=', '?')[0] : segment;
            name.Append('_').Append(string.Concat(part.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')));
        }

        string candidate = name.ToString();
        for (int i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{name}_{i}";
        }

        return candidate;
    }
}
