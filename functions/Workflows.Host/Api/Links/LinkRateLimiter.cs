using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Api.Links;

/// <summary>
/// A fixed window of requests per client IP address for the public link endpoint. Applied as an endpoint filter
/// rather than the rate-limiting middleware, so it holds whatever pipeline the host builds. Behind a proxy the
/// host must apply forwarded headers first, or every client shares the proxy's address.
/// </summary>
internal sealed class LinkRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public LinkRateLimiter(IOptions<WorkflowsApiOptions> options)
    {
        var limit = options.Value.LinkRateLimit;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit.PermitLimit), Window = limit.Window, QueueLimit = 0 }));
    }

    public async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var lease = _limiter.AttemptAcquire(context.HttpContext);
        if (!lease.IsAcquired)
        {
            return LinkPages.TooMany(lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        }

        return await next(context).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();
}
