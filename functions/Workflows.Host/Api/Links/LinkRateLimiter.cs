using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Api.Links;

/// <summary>
/// A fixed window of requests per client IP address for the public link endpoint. Applied as an endpoint filter
/// rather than the rate-limiting middleware, so it holds whatever pipeline the host builds. Standalone, the
/// client is the connection's address (X-Forwarded-For is ignored: anyone could write it). Under the Functions
/// host every connection comes from the host, so the client is the last X-Forwarded-For entry, the one Azure's
/// front end added.
/// </summary>
internal sealed class LinkRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public LinkRateLimiter(IOptions<WorkflowsApiOptions> options)
    {
        var limit = options.Value.LinkRateLimit;
        bool behindFunctionsHost = options.Value.AuthenticatedByFunctionsHost;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            Client(context, behindFunctionsHost),
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

    internal static string Client(HttpContext context, bool behindFunctionsHost)
    {
        string connection = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!behindFunctionsHost)
        {
            return connection;
        }

        string? last = context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (string.IsNullOrEmpty(last))
        {
            return connection;
        }

        // "203.0.113.7:51234", "[2001:db8::1]:443" or a bare address: the port is not part of the client.
        if (System.Net.IPEndPoint.TryParse(last, out var endpoint))
        {
            return endpoint.Address.ToString();
        }

        return last;
    }
}
