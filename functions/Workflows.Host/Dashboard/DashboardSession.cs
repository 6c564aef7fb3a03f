using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;

namespace Workflows.Host.Dashboard;

/// <summary>
/// What a login-form session carries besides "signed in", and when it ends: a fingerprint of the key it was opened
/// with (changing <c>Workflows:ApiKey</c> is how a leaked key — and every session opened with it — is revoked) and
/// when it was opened (sliding expiry alone would let a session in daily use live for ever).
/// </summary>
internal static class DashboardSession
{
    public const string KeyClaim = "wf-key";

    public const string IssuedClaim = "wf-issued";

    /// <summary>However busy the session, it ends this long after signing in.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    public static IEnumerable<Claim> Claims(string key, DateTimeOffset now) =>
    [
        new(KeyClaim, Fingerprint(key)),
        new(IssuedClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Rejects a session opened with another key than today's, or opened longer ago than <see cref="AbsoluteLifetime"/>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? key = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<WorkflowsApiOptions>>().CurrentValue.ApiKey;

        // Wall-clock time, like the cookie's own expiry: the app's clock may be a simulation's.
        var now = context.Options.TimeProvider?.GetUtcNow() ?? TimeProvider.System.GetUtcNow();
        bool sameKey = !string.IsNullOrEmpty(key)
            && context.Principal?.FindFirst(KeyClaim)?.Value is { } fingerprint
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(fingerprint), Encoding.ASCII.GetBytes(Fingerprint(key)));
        bool fresh = long.TryParse(context.Principal?.FindFirst(IssuedClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long issued)
            && now - DateTimeOffset.FromUnixTimeSeconds(issued) < AbsoluteLifetime;
        if (!sameKey || !fresh)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DashboardAuthentication.CookieScheme).ConfigureAwait(false);
        }
    }

    /// <summary>Not the key: a hash of it (the cookie is encrypted too, but need not hold the secret itself).</summary>
    private static string Fingerprint(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("wf-dashboard-session|" + key)));
}
