using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Tests.Api;

/// <summary>Every <c>/api/</c> route the app maps, as <c>"METHOD /api/…"</c>, read from its own endpoints.</summary>
internal static class MappedApiRoutes
{
    public static IReadOnlyList<string> Of(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m.ToUpperInvariant()} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct(StringComparer.Ordinal)];
}
