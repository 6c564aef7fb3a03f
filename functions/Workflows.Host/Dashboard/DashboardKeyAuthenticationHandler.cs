using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Api.Auth;

namespace Workflows.Host.Dashboard;

/// <summary>The API key in the header, for scripts and smoke tests that read the dashboard without a session.</summary>
internal sealed class DashboardKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    IOptionsMonitor<WorkflowsApiOptions> api,
    SignInRateLimiter limiter,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The claim that says how the user signed in; forms skip the CSRF check only for <see cref="ViaHeader"/>.</summary>
    public const string MethodClaim = "wf-auth";

    public const string ViaHeader = "header";

    public const string ViaLogin = "login";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiAuthentication.KeyHeader, out var sent) || string.IsNullOrEmpty(sent.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ApiKeyAuthenticationHandler.Throttled(Context, limiter, Logger))
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many failed sign-ins."));
        }

        if (!IsValidKey(api.CurrentValue, sent.ToString()))
        {
            limiter.Failed(Context);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "coordinator"), new Claim(MethodClaim, ViaHeader)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        => ApiChallenge.ChallengeAsync(Context);

    /// <summary>A key is valid only when one is configured; an empty setting opens nothing.</summary>
    public static bool IsValidKey(WorkflowsApiOptions options, string sent)
        => !string.IsNullOrEmpty(options.ApiKey) && ApiKeyAuthenticationHandler.KeysEqual(sent, options.ApiKey);
}
