using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflows.Host.Api.Links;

namespace Workflows.Host.Api.Auth;

/// <summary>
/// Failed sign-ins, of both kinds (a wrong key in the dashboard's login form, a wrong <c>x-functions-key</c> header on
/// the API or the dashboard), so the API key cannot be guessed at speed: at most <see cref="PermitLimit"/> a minute
/// per client address and <see cref="OverallPermitLimit"/> a minute from all clients together.
/// </summary>
/// <remarks>
/// Only failures count: a script or coordinator with the right key is never slowed down by its own use. A client
/// that used up its own failures is refused every attempt, the right key too: otherwise a refusal would tell a wrong
/// guess from a right one and the limit would slow nothing. Once all clients together used up the overall failures
/// (a guesser spread over many addresses), a client that already failed in this minute is refused every attempt too,
/// while a client without a failure is still let in with the right key: so a coordinator is not locked out by someone
/// else's guessing, and each of the guesser's addresses keeps one guess a minute instead of ten. The client is found
/// as for the action links (<see cref="LinkRateLimiter.Client"/>).
/// </remarks>
internal sealed class SignInRateLimiter : IDisposable
{
    public const int PermitLimit = 10;

    public const int OverallPermitLimit = 100;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<HttpContext> _perClient;
    private readonly FixedWindowRateLimiter _overall;

    public SignInRateLimiter(IOptions<WorkflowsApiOptions> options)
    {
        bool behindFunctionsHost = options.Value.AuthenticatedByFunctionsHost;
        _perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            LinkRateLimiter.Client(context, behindFunctionsHost),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 }));
        _overall = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = OverallPermitLimit, Window = Window, QueueLimit = 0 });
    }

    /// <summary>Null when the client may try, else how long it must wait.</summary>
    public TimeSpan? Blocked(HttpContext context)
    {
        // A lease of zero permits asks "is anything left?" without using any.
        using (var own = _perClient.AttemptAcquire(context, permitCount: 0))
        {
            if (!own.IsAcquired)
            {
                return RetryAfter(own);
            }
        }

        using var overall = _overall.AttemptAcquire(permitCount: 0);
        bool failedThisMinute = _perClient.GetStatistics(context) is { } stats && stats.CurrentAvailablePermits < PermitLimit;
        return overall.IsAcquired || !failedThisMinute ? null : RetryAfter(overall);
    }

    /// <summary>Counts a failed sign-in against the client and against the overall limit.</summary>
    public void Failed(HttpContext context)
    {
        using var own = _perClient.AttemptAcquire(context);
        using var overall = _overall.AttemptAcquire();
    }

    public static void SetRetryAfter(HttpContext context, TimeSpan wait)
        => context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _perClient.Dispose();
        _overall.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease)
        => lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : Window;
}
