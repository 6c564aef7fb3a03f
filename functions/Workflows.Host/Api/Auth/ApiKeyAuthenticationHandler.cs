using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Api.Auth;

/// <summary>Authenticates the key in <c>x-functions-key</c> against <c>Workflows:ApiKey</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    IOptionsMonitor<WorkflowsApiOptions> api,
    SignInRateLimiter limiter,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (api.CurrentValue.AuthenticatedByFunctionsHost)
        {
            return Task.FromResult(Success("functions-host"));
        }

        if (!Request.Headers.TryGetValue(ApiAuthentication.KeyHeader, out var sent) || sent.Count == 0 || string.IsNullOrEmpty(sent[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (Throttled(Context, limiter, Logger))
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many failed sign-ins."));
        }

        string? expected = api.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(expected) || !KeysEqual(sent[0]!, expected))
        {
            limiter.Failed(Context);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        return Task.FromResult(Success("api-key"));
    }

    private AuthenticateResult Success(string name)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        => ApiChallenge.ChallengeAsync(Context);

    /// <summary>
    /// True when the client may not try a key now: the key is then not even compared, so the answer (429) is the
    /// same for a right and a wrong one. The challenge that follows reads the wait from the request's items.
    /// </summary>
    internal static bool Throttled(Microsoft.AspNetCore.Http.HttpContext context, SignInRateLimiter limiter, ILogger logger)
    {
        if (limiter.Blocked(context) is not { } wait)
        {
            return false;
        }

        context.Items[ApiChallenge.ThrottledItem] = wait;
        ApiLog.KeyThrottled(logger);
        return true;
    }

    /// <summary>
    /// Compares hashes so the time taken reveals neither the key's content nor its length
    /// (FixedTimeEquals alone returns early on a length difference).
    /// </summary>
    internal static bool KeysEqual(string sent, string expected)
        => CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
