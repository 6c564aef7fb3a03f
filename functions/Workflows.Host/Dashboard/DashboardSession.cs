using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;

namespace Workflows.Host.Dashboard;

/// <summary>
/// What a login-form session carries besides "signed in", and when it ends: a fingerprint of the key it was opened
/// with (changing <c>Workflows:ApiKey</c> is how a leaked key — and every session opened with it — is revoked),
/// when it was opened (sliding expiry alone would let a session in daily use live for ever), and a random id that
/// signing out records as revoked (<see cref="RevokedSessionStore"/>).
/// </summary>
internal static class DashboardSession
{
    public const string KeyClaim = "wf-key";

    public const string IssuedClaim = "wf-issued";

    public const string IdClaim = "wf-sid";

    /// <summary>However busy the session, it ends this long after signing in.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    public static IEnumerable<Claim> Claims(string key, DateTimeOffset now) =>
    [
        new(KeyClaim, Fingerprint(key)),
        new(IssuedClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        new(IdClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))),
    ];

    /// <summary>
    /// Records the signed-in user's session as ended, until it would have ended anyway; nothing for a session without
    /// an id (the key header, App Service Authentication).
    /// </summary>
    public static async Task RevokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.FindFirst(IdClaim)?.Value is not { Length: > 0 } id)
        {
            return;
        }

        var issued = long.TryParse(http.User.FindFirst(IssuedClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : TimeProvider.System.GetUtcNow();
        await http.RequestServices.GetRequiredService<RevokedSessionStore>().RevokeAsync(id, issued + AbsoluteLifetime, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Rejects a session opened with another key than today's, opened longer ago than <see cref="AbsoluteLifetime"/>,
    /// signed out, or without an id (opened before sessions had one, so it could not be signed out for good).
    /// </summary>
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
        bool rejected = !sameKey || !fresh
            || context.Principal?.FindFirst(IdClaim)?.Value is not { Length: > 0 } id
            || await context.HttpContext.RequestServices.GetRequiredService<RevokedSessionStore>()
                .IsRevokedAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (rejected)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DashboardAuthentication.CookieScheme).ConfigureAwait(false);
        }
    }

    /// <summary>Not the key: a hash of it (the cookie is encrypted too, but need not hold the secret itself).</summary>
    private static string Fingerprint(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("wf-dashboard-session|" + key)));
}
