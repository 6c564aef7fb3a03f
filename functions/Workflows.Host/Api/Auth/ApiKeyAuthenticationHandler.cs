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

        string? expected = api.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(expected) || !KeysEqual(sent[0]!, expected))
        {
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
        => ApiChallenge.WriteAsync(Context);

    /// <summary>
    /// Compares hashes so the time taken reveals neither the key's content nor its length
    /// (FixedTimeEquals alone returns early on a length difference).
    /// </summary>
    internal static bool KeysEqual(string sent, string expected)
        => CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
