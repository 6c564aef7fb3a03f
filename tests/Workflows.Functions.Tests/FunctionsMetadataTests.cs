using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workflows.Functions.Tests;

/// <summary>
/// The functions.metadata the Worker SDK generated at build time is what the Functions host indexes: every registered
/// workflow must be there with the right trigger, and every route of <c>serve</c> with the same methods and the
/// right authorization level, and nothing else.
/// </summary>
public sealed partial class FunctionsMetadataTests
{
    private static readonly Lazy<IReadOnlyList<FunctionEntry>> Functions = new(() =>
        [.. FunctionsBuildOutput.FunctionsMetadata().Select(f => new FunctionEntry(f!.AsObject()))]);

    [Fact]
    public void Every_registered_orchestrator_is_an_orchestrationTrigger_function_and_no_other_is()
    {
        var registered = WorkflowTriggers.Registry.GetOrchestrators().Select(o => o.Key.Name).Order(StringComparer.Ordinal).ToList();
        var functions = Functions.Value.Where(f => f.Trigger.Type == "orchestrationTrigger").Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(registered);
        Assert.Equal(registered, functions);
    }

    [Fact]
    public void Every_registered_activity_is_an_activityTrigger_function_and_no_other_is()
    {
        var registered = WorkflowTriggers.Registry.GetActivities().Select(a => a.Key.Name).Order(StringComparer.Ordinal).ToList();
        var functions = Functions.Value.Where(f => f.Trigger.Type == "activityTrigger").Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(registered);
        Assert.Equal(registered, functions);
    }

    /// <summary>The API routes anyone may call without a key: probes and API clients that have none yet.</summary>
    private static readonly string[] OpenApiRoutes = ["api/health", "api/openapi.json"];

    /// <summary>Routes whose signed token is the credential: action links, document downloads, calendar feeds.</summary>
    private static bool IsSignedLink(string route) =>
        route.StartsWith("api/links/", StringComparison.Ordinal)
        || route.StartsWith("api/documents/", StringComparison.Ordinal)
        || route == "api/calendar/{token}.ics";

    [Fact]
    public void Serve_maps_the_API_at_the_key_level_and_the_links_health_OpenAPI_and_dashboard_anonymously()
    {
        // The rule the HTTP functions follow, checked on serve itself: a route needs the API's policy (hence a
        // Functions key) exactly when it is under /api/ and neither a signed link (action, download, calendar feed), health nor the OpenAPI document.
        Assert.NotEmpty(ServeRoutes.All);
        Assert.All(ServeRoutes.All, r =>
        {
            Assert.True(r.Route.StartsWith("api/", StringComparison.Ordinal) || r.Route.StartsWith("dashboard", StringComparison.Ordinal), r.ToString());
            bool key = r.Route.StartsWith("api/", StringComparison.Ordinal)
                && !IsSignedLink(r.Route)
                && !OpenApiRoutes.Contains(r.Route, StringComparer.Ordinal);
            Assert.True(key == r.FunctionLevel, r.ToString());
            Assert.NotEmpty(r.Methods);
        });
    }

    [Fact]
    public void Health_and_the_OpenAPI_document_are_anonymous_functions_and_every_other_API_function_but_the_links_needs_a_key()
    {
        var api = HttpFunctions().Where(f => f.Route.StartsWith("api/", StringComparison.Ordinal)).ToList();
        Assert.Equal("anonymous", Assert.Single(api, f => f.Name == "Api_Health").AuthLevel);
        Assert.Equal("anonymous", Assert.Single(api, f => f.Name == "Api_OpenApi").AuthLevel);
        Assert.Equal(["GET"], Assert.Single(api, f => f.Route == "api/health").Methods);
        Assert.Equal(["GET"], Assert.Single(api, f => f.Route == "api/openapi.json").Methods);

        var keyed = api.Where(f => !OpenApiRoutes.Contains(f.Route, StringComparer.Ordinal) && !IsSignedLink(f.Route)).ToList();
        Assert.True(keyed.Count >= 10, string.Join(", ", keyed.Select(f => f.Name)));
        Assert.All(keyed, f => Assert.True(f.AuthLevel == "function", $"{f.Name} ({f.Route}) is {f.AuthLevel}"));
    }

    [Fact]
    public void Every_route_of_serve_is_an_httpTrigger_function_with_its_methods_and_authorization_level()
    {
        var http = HttpFunctions();
        foreach (var route in ServeRoutes.All.GroupBy(r => Normalize(r.Route)))
        {
            var function = http.SingleOrDefault(f => f.Route == route.Key);
            Assert.True(function is not null, $"serve's route {route.Key} is no httpTrigger function");
            var methods = route.SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            Assert.Equal(methods, function.Methods);
            Assert.Single(route.Select(r => r.FunctionLevel).Distinct());
            Assert.Equal(route.First().FunctionLevel ? "function" : "anonymous", function.AuthLevel);
        }
    }

    [Fact]
    public void Every_httpTrigger_function_is_a_route_of_serve()
    {
        var routes = ServeRoutes.All.Select(r => Normalize(r.Route)).ToHashSet(StringComparer.Ordinal);
        Assert.All(HttpFunctions(), f =>
        {
            Assert.Contains(f.Route, routes);
            var methods = ServeRoutes.All.Where(r => Normalize(r.Route) == f.Route).SelectMany(r => r.Methods).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.All(f.Methods, m => Assert.Contains(m, methods));
        });
    }

    [Fact]
    public void Http_functions_take_the_durable_client_and_answer_through_the_http_output_binding()
    {
        // The $return http binding is what the generator emits for an IActionResult; the response itself is the one the
        // platform's pipeline wrote on the worker's HttpContext (the function returns an EmptyResult).
        Assert.All(Functions.Value.Where(f => f.Trigger.Type == "httpTrigger"), f =>
        {
            Assert.Contains(f.Bindings, b => b.Type == "durableClient" && b.Direction == "in");
            Assert.Contains(f.Bindings, b => b.Type == "http" && b.Direction == "out" && b.Name == "$return");
            Assert.Equal(3, f.Bindings.Count);
        });
    }

    [Fact]
    public void Functions_are_durable_or_http_triggers_with_unique_valid_names()
    {
        Assert.All(Functions.Value, f =>
        {
            Assert.Contains(f.Trigger.Type, new[] { "orchestrationTrigger", "activityTrigger", "httpTrigger" });
            Assert.Matches(FunctionName(), f.Name);
            Assert.Equal("Workflows.Functions.dll", f.ScriptFile);
        });
        Assert.Equal(Functions.Value.Count, Functions.Value.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_generated_extensions_include_the_Durable_Task_extension()
    {
        var extensions = FunctionsBuildOutput.Extensions()["extensions"]!.AsArray();
        Assert.Contains(extensions, e => e!["typeName"]!.GetValue<string>().Contains("DurableTask", StringComparison.Ordinal));
    }

    private static List<HttpFunction> HttpFunctions()
    {
        var http = Functions.Value.Where(f => f.Trigger.Type == "httpTrigger").Select(f => new HttpFunction(
            f.Name,
            f.Trigger.Node["route"]?.GetValue<string>() ?? throw new InvalidOperationException($"{f.Name} has no route."),
            [.. f.Trigger.Node["methods"]!.AsArray().Select(m => m!.GetValue<string>().ToUpperInvariant()).Order(StringComparer.Ordinal)],
            f.Trigger.Node["authLevel"]!.GetValue<string>().ToLowerInvariant())).ToList();
        Assert.NotEmpty(http);

        // One function per route: the host routes by template, and two functions on one template would race.
        Assert.Equal(http.Count, http.Select(f => f.Route).Distinct(StringComparer.Ordinal).Count());
        return http;
    }

    /// <summary>
    /// serve's templates start with a slash and some end with one (a group's "" route: "/api/instances/"); Functions
    /// routes have neither (host.json's routePrefix is empty). Routing ignores a trailing slash either way.
    /// </summary>
    private static string Normalize(string route) => route.Trim('/');

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex FunctionName();

    private sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, string AuthLevel);

    private sealed record Binding(JsonObject Node)
    {
        public string Name => Node["name"]!.GetValue<string>();

        public string Type => Node["type"]!.GetValue<string>();

        public string Direction => Node["direction"]!.GetValue<string>().ToLowerInvariant();
    }

    private sealed class FunctionEntry(JsonObject node)
    {
        public string Name { get; } = node["name"]!.GetValue<string>();

        public string ScriptFile { get; } = node["scriptFile"]!.GetValue<string>();

        public IReadOnlyList<Binding> Bindings { get; } = [.. node["bindings"]!.AsArray().Select(b => new Binding(b!.AsObject()))];

        /// <summary>The one trigger binding of the function.</summary>
        public Binding Trigger => Assert.Single(Bindings, b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));
    }
}
