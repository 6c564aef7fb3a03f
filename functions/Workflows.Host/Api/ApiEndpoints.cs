using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Hosting;

namespace Workflows.Host.Api;

/// <summary>
/// Placeholder for the HTTP API's endpoints (the API work replaces this file): one route, <c>GET /api/health</c>,
/// behind the <c>x-functions-key</c> check in standalone mode (under the Functions host the host checks keys).
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            if (services.GetRequiredService<WorkflowsHosting>().Mode == HostingMode.Standalone
                && !KeyMatches(context.HttpContext.Request.Headers["x-functions-key"].ToString(), services.GetRequiredService<IConfiguration>()[HostSettings.ApiKey]))
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Geen geldige API-sleutel (header x-functions-key).");
            }

            return await next(context).ConfigureAwait(false);
        });
        api.MapGet("/health", () => Results.Ok(new { status = "ok" })).WithName("Health");
        return endpoints;
    }

    private static bool KeyMatches(string given, string? expected) =>
        !string.IsNullOrEmpty(expected) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
