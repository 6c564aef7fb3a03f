using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Api.Links;

namespace Workflows.Host.Dashboard;

/// <summary>
/// Failed sign-ins per client address (a fixed window), so the API key cannot be guessed through the login form
/// at speed. Only failures count (coordinators signing in again and again are not slowed down), but once the
/// window is used up every attempt is refused, the right key too: otherwise a refusal would tell a wrong guess
/// from a right one. The client is found as for the action links (<see cref="LinkRateLimiter.Client"/>).
/// </summary>
internal sealed class LoginRateLimiter : IDisposable
{
    public const int PermitLimit = 10;

    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public LoginRateLimiter(IOptions<WorkflowsApiOptions> options)
    {
        bool behindFunctionsHost = options.Value.AuthenticatedByFunctionsHost;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            LinkRateLimiter.Client(context, behindFunctionsHost),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Null when the client may try, else how long it must wait (no failure left in this window).</summary>
    public TimeSpan? Blocked(HttpContext context)
    {
        // A lease of zero permits asks "is anything left?" without using any.
        using var lease = _limiter.AttemptAcquire(context, permitCount: 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    /// <summary>Counts a failed sign-in against the client.</summary>
    public void Failed(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
    }

    public static void SetRetryAfter(HttpContext context, TimeSpan wait)
        => context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();
}
