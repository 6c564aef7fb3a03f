using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Workflows.Host.Cli;
using Workflows.Host.CustomHandler;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.CustomHandler;

/// <summary>The generated functions and the handler's routes are the same set, both ways.</summary>
public sealed partial class FunctionCatalogTests
{
    [Fact]
    public async Task Every_function_is_served_by_the_handler_and_every_handler_route_has_a_function()
    {
        var (triggers, http) = await FunctionsJsonCommand.CatalogAsync();
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost));
        await using var _ = app;
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

        // Queue and timer functions: the host POSTs to /{FunctionName}.
        var postRoutes = endpoints.Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.RoutePattern.RawText!.Trim('/')).ToHashSet(StringComparer.Ordinal);
        Assert.All(triggers, t => Assert.Contains(t.Name, postRoutes));

        // API and dashboard functions: each endpoint under /api/ or /dashboard is covered by a function with its route and method, and back.
        var apiEndpoints = endpoints.Where(e => FunctionCatalog.ServedRoute(e.RoutePattern.RawText) is not null).ToList();
        Assert.NotEmpty(apiEndpoints);
        Assert.Contains(http, f => f.Route == "dashboard" && f.Anonymous);
        Assert.Contains(http, f => f.Route == "api/series/{id}/rsvp" && !f.Anonymous);
        foreach (var endpoint in apiEndpoints)
        {
            string route = FunctionCatalog.ServedRoute(endpoint.RoutePattern.RawText)!;
            var function = Assert.Single(http, f => string.Equals(f.Route, route, StringComparison.OrdinalIgnoreCase));
            foreach (string method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                Assert.True(function.Methods is null || function.Methods.Contains(method.ToLowerInvariant()), $"{function.Name} lacks {method}");
            }
        }

        Assert.All(http, f => Assert.Contains(apiEndpoints, e => string.Equals(FunctionCatalog.ServedRoute(e.RoutePattern.RawText), f.Route, StringComparison.OrdinalIgnoreCase)));

        // Nothing else is mapped under the Functions host: every endpoint is a trigger route, an API or a dashboard route.
        Assert.All(endpoints, e => Assert.True(
            FunctionCatalog.ServedRoute(e.RoutePattern.RawText) is not null || triggers.Any(t => t.Name == e.RoutePattern.RawText!.Trim('/')),
            $"{e.RoutePattern.RawText} is served but has no function"));

        var names = triggers.Select(t => t.Name).Concat(http.Select(f => f.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches(FunctionName(), n));
    }

    [Fact]
    public void Queue_functions_listen_on_the_engines_queues_with_the_hosts_storage_setting()
    {
        var triggers = FunctionCatalog.Triggers("Workflows");

        Assert.Equal(["workflows-control", "workflows-work"], triggers.Where(t => t.Kind != TriggerKind.Timer).Select(t => t.QueueName));
        Assert.Equal("0 */1 * * * *", Assert.Single(triggers, t => t.Kind == TriggerKind.Timer).Schedule);
    }

    [Fact]
    public void Routes_are_grouped_per_template_with_their_methods_and_only_fully_anonymous_routes_are_anonymous()
    {
        var source = new TestEndpoints(
            Endpoint("/api/instances/{instanceId}", null, "GET"),
            Endpoint("/api/instances/{instanceId}", null, "DELETE"),
            Endpoint("/api/links/{token}", new AllowAnonymousAttribute(), "GET"),
            Endpoint("/api/links/{token}", new AllowAnonymousAttribute(), "POST"),
            Endpoint("/api/mixed", new AllowAnonymousAttribute(), "GET"),
            Endpoint("/api/mixed", null, "POST"),
            Endpoint("/api/any/{*rest}", null),
            Endpoint("/dashboard", null, "GET"),
            Endpoint("/dashboard/login", new AllowAnonymousAttribute(), "GET", "POST"),
            Endpoint("/dashboardish", null, "GET"),
            Endpoint("/other/api/x", null, "GET"));

        var functions = FunctionCatalog.HttpFunctions(source);

        var instance = Assert.Single(functions, f => f.Route == "api/instances/{instanceId}");
        Assert.Equal("Api_instances_instanceId", instance.Name);
        Assert.Equal(["delete", "get"], instance.Methods);
        Assert.Equal("function", instance.AuthLevel);
        Assert.Equal("anonymous", Assert.Single(functions, f => f.Route == "api/links/{token}").AuthLevel);
        Assert.Equal("function", Assert.Single(functions, f => f.Route == "api/mixed").AuthLevel);
        Assert.Null(Assert.Single(functions, f => f.Route == "api/any/{*rest}").Methods);

        // The dashboard signs its users in itself: anonymous at the host even where the app requires a session.
        var dashboard = Assert.Single(functions, f => f.Route == "dashboard");
        Assert.Equal(("Dashboard", "anonymous"), (dashboard.Name, dashboard.AuthLevel));
        Assert.Equal(("Dashboard_login", "anonymous"), Assert.Single(functions, f => f.Route == "dashboard/login") is var login ? (login.Name, login.AuthLevel) : default);
        Assert.Equal(6, functions.Count);
    }

    [Fact]
    public void Names_that_would_clash_case_insensitively_are_numbered()
    {
        var functions = FunctionCatalog.HttpFunctions(new TestEndpoints(Endpoint("/api/a-b/{c}", null, "GET"), Endpoint("/api/A-B/{C:int}/", null, "PUT")));

        Assert.Equal(2, functions.Count);
        Assert.Equal(2, functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static RouteEndpoint Endpoint(string route, object? extra, params string[] methods)
    {
        var metadata = new List<object>();
        if (methods.Length > 0)
        {
            metadata.Add(new HttpMethodMetadata(methods));
        }

        if (extra is not null)
        {
            metadata.Add(extra);
        }

        return new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0, new EndpointMetadataCollection(metadata), route);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,126}$")]
    private static partial Regex FunctionName();

    private sealed class TestEndpoints(params Endpoint[] endpoints) : EndpointDataSource
    {
        public override IReadOnlyList<Endpoint> Endpoints => endpoints;

        public override Microsoft.Extensions.Primitives.IChangeToken GetChangeToken() => new Microsoft.Extensions.Primitives.CancellationChangeToken(CancellationToken.None);
    }
}
