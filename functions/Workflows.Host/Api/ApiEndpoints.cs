using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Host.Api.Auth;
using Workflows.Host.Api.Config;
using Workflows.Host.Api.Instances;
using Workflows.Host.Api.Links;
using Workflows.Host.Api.Series;

namespace Workflows.Host.Api;

/// <summary>Maps the HTTP API under <c>/api/</c>; needs <see cref="ApiServiceCollectionExtensions.AddWorkflowsApi"/>.</summary>
public static class ApiEndpoints
{
    /// <summary>The route prefix of every API endpoint.</summary>
    public const string Prefix = "/api";

    /// <summary>
    /// The OpenAPI document's name. <c>MapOpenApi</c> serves the document named by the route value
    /// <c>documentName</c>, or "v1" when its route has none, as <c>/api/openapi.json</c> does.
    /// </summary>
    internal const string OpenApiDocument = "v1";

    /// <summary>
    /// Every route requires the <c>WorkflowsApi</c> policy (API key or bearer token) except <c>/api/links/{token}</c>,
    /// <c>/api/documents/{token}</c> (signed download links), <c>/api/calendar/{token}.ics</c> (signed feed tokens),
    /// <c>/api/health</c> and <c>/api/openapi.json</c>.
    /// Unhandled errors become 500 problem details here, whatever middleware the host has.
    /// </summary>
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiAuthentication.Policy)
            .AddEndpointFilter(UnhandledAsProblemAsync);
        MapOpen(api);
        ConfigEndpoints.Map(api);
        SeriesEndpoints.Map(api);
        OccurrenceEndpoints.Map(api);
        AgendaItemEndpoints.Map(api);
        PresenceEndpoints.Map(api);
        MinutesEndpoints.Map(api);
        InstanceEndpoints.Map(api);
        LinkEndpoints.Map(api);
        Calendar.CalendarEndpoints.Map(api);
        Subsidies.SubsidyApi.Map(api);
        Reviews.ReviewApi.Map(api);
        Documents.DocumentEndpoints.Map(api);
        return endpoints;
    }

    /// <summary>
    /// The routes anyone may call without a key, so probes and API clients can use them before they hold one: the
    /// health answer and the OpenAPI document. Both say nothing a key protects: health only that the app answers (no
    /// versions, settings or storage state), the document only what the routes are. Each client is limited
    /// (<see cref="OpenEndpointRateLimiter"/>).
    /// </summary>
    private static void MapOpen(RouteGroupBuilder api)
    {
        var open = api.MapGroup("")
            .AllowAnonymous()
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<OpenEndpointRateLimiter>().FilterAsync(context, next));
        open.MapOpenApi("/openapi.json");
        open.MapGet("/health", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health")
            .WithSummary("Answers 200 while the app runs (for probes and smoke tests). No key needed.")
            .WithTags("Health")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Overrides the document-wide key requirement, as for the action links.
                operation.Security = [];
                return Task.CompletedTask;
            });
    }

    /// <summary>The answer of <c>GET /api/health</c>: always <c>ok</c>; whoever can read it learns only that the app runs.</summary>
    public sealed record HealthStatus(string Status);

    private static async ValueTask<object?> UnhandledAsProblemAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when ((e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested) && !RequestBodyLimit.IsTooLarge(e))
        {
            var request = context.HttpContext.Request;
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEndpoints));

            // The route template, not the path: an action link's path is its token, which must not reach the logs.
            string route = context.HttpContext.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "?";
            ApiLog.Unhandled(logger, request.Method, route, e);
            return ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Interne fout", "Er ging iets mis; de fout is gelogd.");
        }
    }
}
