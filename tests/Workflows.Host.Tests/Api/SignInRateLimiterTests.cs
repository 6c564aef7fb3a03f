using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Api.Auth;

namespace Workflows.Host.Tests.Api;

/// <summary>The one count of failed sign-ins: per client address, and from all clients together.</summary>
public sealed class SignInRateLimiterTests
{
    private static DefaultHttpContext From(int client) => new()
    {
        Connection = { RemoteIpAddress = IPAddress.Parse($"192.0.2.{client}") },
    };

    [Fact]
    public void A_client_is_blocked_after_its_tenth_failure_and_others_are_not()
    {
        using var limiter = new SignInRateLimiter(Options.Create(new WorkflowsApiOptions()));

        for (int i = 0; i < SignInRateLimiter.PermitLimit; i++)
        {
            Assert.Null(limiter.Blocked(From(1)));
            limiter.Failed(From(1));
        }

        Assert.NotNull(limiter.Blocked(From(1)));
        Assert.Null(limiter.Blocked(From(2)));
    }

    [Fact]
    public void Once_all_clients_together_failed_a_hundred_times_a_client_that_failed_is_blocked_and_a_clean_one_is_not()
    {
        using var limiter = new SignInRateLimiter(Options.Create(new WorkflowsApiOptions()));

        // A guesser on 25 addresses, 4 guesses each: none reaches its own limit.
        for (int client = 1; client <= 25; client++)
        {
            for (int i = 0; i < 4; i++)
            {
                Assert.Null(limiter.Blocked(From(client)));
                limiter.Failed(From(client));
            }
        }

        Assert.NotNull(limiter.Blocked(From(1)));
        Assert.NotNull(limiter.Blocked(From(25)));
        var wait = limiter.Blocked(From(7));
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1), $"{wait}");

        // A coordinator who has not failed is still let in to try (with the right key, never counted).
        Assert.Null(limiter.Blocked(From(200)));
        limiter.Failed(From(200));
        Assert.NotNull(limiter.Blocked(From(200)));
    }
}
