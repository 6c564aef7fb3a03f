using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflows.Host.Api.Links;

namespace Workflows.Host.Api.Auth;

/// <summary>
/// A fixed window of <see cref="PermitLimit"/> requests a minute per client for the API routes anyone may call without a
/// key (<c>GET /api/health</c>, <c>GET /api/openapi.json</c>). A probe asks once every few seconds at most, so it never
/// meets the limit; a client that loops on the routes is answered 429 and costs the app next to nothing. The client is
/// found as for the action links (<see cref="LinkRateLimiter.Client"/>). Applied as an endpoint filter, like the links'
/// limit, so it holds whatever pipeline the host builds.
/// </summary>
internal sealed class OpenEndpointRateLimiter : IDisposable
{
    public const int PermitLimit = 120;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public OpenEndpointRateLimiter(IOptions<WorkflowsApiOptions> options)
    {
        bool behindFunctionsHost = options.Value.AuthenticatedByFunctionsHost;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            LinkRateLimiter.Client(context, behindFunctionsHost),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 }));
    }

    public async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var lease = _limiter.AttemptAcquire(context.HttpContext);
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : Window;
            SignInRateLimiter.SetRetryAfter(context.HttpContext, wait);
            return ApiProblems.Problem(
                StatusCodes.Status429TooManyRequests, "Te veel verzoeken", "Te veel verzoeken vanaf dit adres. Probeer het over een minuut opnieuw.");
        }

        return await next(context).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();
}
