using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Auth;
using Workflows.Host.Hosting;

namespace Workflows.Functions.Tests;

/// <summary>One HTTP route of <c>serve</c>, as the Functions app must offer it.</summary>
/// <param name="Route">The route template without its leading slash (host.json's routePrefix is empty).</param>
/// <param name="Methods">Upper-case HTTP methods, sorted; empty when the endpoint takes any method.</param>
/// <param name="FunctionLevel">True when the route needs the API's policy (a Functions key), false for anonymous ones.</param>
internal sealed record ServeRoute(string Route, IReadOnlyList<string> Methods, bool FunctionLevel)
{
    public override string ToString() => $"{string.Join(',', Methods)} {Route} ({(FunctionLevel ? "function" : "anonymous")})";
}

/// <summary>Every route <c>serve</c> maps, read from the app itself (the same composition the Functions app runs).</summary>
internal static class ServeRoutes
{
    private static readonly Lazy<IReadOnlyList<ServeRoute>> Routes = new(Read);

    public static IReadOnlyList<ServeRoute> All => Routes.Value;

    private static List<ServeRoute> Read()
    {
        // The app is only built, never started: no storage and no runtime are needed to read its endpoints.
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost) { TaskHub = "routes" });
        try
        {
            return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>()
                .Select(ToRoute)
                .OrderBy(r => r.Route, StringComparer.Ordinal)
                .ThenBy(r => string.Join(',', r.Methods), StringComparer.Ordinal)];
        }
        finally
        {
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ServeRoute ToRoute(RouteEndpoint endpoint)
    {
        string route = endpoint.RoutePattern.RawText?.TrimStart('/')
            ?? throw new InvalidOperationException($"Endpoint {endpoint.DisplayName} has no route template.");
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
        bool apiPolicy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ApiAuthentication.Policy)
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
        return new ServeRoute(route, [.. methods.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal)], apiPolicy);
    }
}
