using System.Text;
using System.Text.Json;
using Azure.Core;

namespace Workflows.Testing.Identity;

/// <summary>
/// Hands out tokens shaped like Entra ID access tokens for Azure Storage (issuer, audience, lifetime), which is
/// what Azurite's <c>--oauth basic</c> checks. Unsigned: Azurite does not verify signatures, and no test
/// may reach the real identity platform.
/// </summary>
public sealed class FakeEntraCredential(TimeSpan? lifetimeOffset = null) : TokenCredential
{
    private readonly List<string> _scopes = [];
    private readonly Lock _gate = new();

    /// <summary>Every scope asked for, in order (the SDKs ask for <c>https://storage.azure.com/.default</c>).</summary>
    public IReadOnlyList<string> RequestedScopes
    {
        get
        {
            lock (_gate)
            {
                return [.. _scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _scopes.AddRange(requestContext.Scopes);
        }

        // A negative offset makes an already expired token, to prove the emulator really checks tokens.
        var now = DateTimeOffset.UtcNow + (lifetimeOffset ?? TimeSpan.Zero);
        var expires = now.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["aud"] = "https://storage.azure.com",
            ["iss"] = "https://sts.windows.net/00000000-0000-0000-0000-000000000001/",
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-0000000000aa",
            ["tid"] = "00000000-0000-0000-0000-000000000001",
        };
        var token = Segment(new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" }) + "." + Segment(claims) + ".c2lnbmF0dXJl";
        return new AccessToken(token, expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));

    private static string Segment(Dictionary<string, object> value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
