using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Dashboard;

/// <summary>
/// A coordinator signed in by App Service Authentication (Entra ID) in front of the app: the principal in
/// <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON of claims), accepted only when <see cref="DashboardOptions.TrustAppServiceAuthentication"/>
/// is on and the principal carries the required app role.
/// </summary>
internal sealed class AppServiceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    IOptionsMonitor<DashboardOptions> dashboard,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The sign-in method claim's value for these users (sign-out goes through App Service's endpoint).</summary>
    public const string Method = "app-service";

    /// <summary>App Service sets this to True while its authentication is on; only then does it strip forged principal headers.</summary>
    public const string PlatformSetting = "WEBSITE_AUTH_ENABLED";

    /// <summary>Where Entra ID puts the signed-in user's address, most specific first.</summary>
    private static readonly string[] EmailClaims = [ClaimTypes.Email, "email", "preferred_username", ClaimTypes.Upn];

    /// <summary>
    /// Trusted only when configured AND the platform says its authentication is on: if it was switched off in the
    /// portal (or its deployment failed) while the setting stayed, anybody could send the header.
    /// </summary>
    public static bool IsActive(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<IOptionsMonitor<DashboardOptions>>().CurrentValue.TrustAppServiceAuthentication
            && string.Equals(services.GetRequiredService<IConfiguration>()[PlatformSetting], "true", StringComparison.OrdinalIgnoreCase);
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = dashboard.CurrentValue;
        if (!IsActive(Context.RequestServices) || !Request.Headers.TryGetValue(PrincipalHeader, out var header) || string.IsNullOrEmpty(header.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (Parse(header.ToString()) is not { } claims)
        {
            return Task.FromResult(AuthenticateResult.Fail("The App Service principal header is not readable."));
        }

        if (!claims.Any(c => c.Type == "roles" && string.Equals(c.Value, settings.RequiredRole, StringComparison.Ordinal)))
        {
            return Task.FromResult(AuthenticateResult.Fail($"The signed-in user lacks the app role '{settings.RequiredRole}'."));
        }

        // The CSRF check applies: App Service Authentication's own session cookie is an ambient credential.
        // The e-mail address, when the principal has one, tells the agenda page which coordinator brings an item in.
        var kept = new List<Claim> { new(ClaimTypes.Name, "coordinator"), new(DashboardKeyAuthenticationHandler.MethodClaim, Method) };
        if (EmailClaims.Select(type => claims.FirstOrDefault(c => c.Type == type && c.Value.Contains('@', StringComparison.Ordinal))).FirstOrDefault(c => c is not null) is { } email)
        {
            kept.Add(new Claim(ClaimTypes.Email, email.Value));
        }

        var identity = new ClaimsIdentity(kept, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <summary>The principal's claims (<c>{"claims":[{"typ":…,"val":…}]}</c>, base64), or null when unreadable.</summary>
    internal static IReadOnlyList<Claim>? Parse(string header)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            if (!document.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("typ", out _) && c.TryGetProperty("val", out _))
                .Select(c => new Claim(c.GetProperty("typ").GetString() ?? "", c.GetProperty("val").GetString() ?? ""))];
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
