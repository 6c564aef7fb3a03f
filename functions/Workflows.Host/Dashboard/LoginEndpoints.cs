using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Api.Auth;

namespace Workflows.Host.Dashboard;

/// <summary>
/// Signing in with the API key (a session cookie: HttpOnly, SameSite=Strict, sliding <see cref="DashboardAuthentication.SessionLifetime"/>),
/// signing out, and choosing the language. All three are forms with a CSRF token.
/// </summary>
internal static partial class LoginEndpoints
{
    public const string KeyField = "apiKey";

    public static void Map(RouteGroupBuilder anonymous, RouteGroupBuilder signedIn)
    {
        anonymous.MapPage("/login", r => Task.FromResult(LoginPage(r, [])));
        anonymous.MapPost("/login", LoginAsync);
        anonymous.MapPost("/language", (Delegate)LanguageAsync);
        signedIn.MapPost("/logout", (Delegate)LogoutAsync);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        // Removing the cookie from this browser is not enough: a copy of it would stay valid until it expires.
        await DashboardSession.RevokeAsync(http).ConfigureAwait(false);
        await http.SignOutAsync(DashboardAuthentication.CookieScheme).ConfigureAwait(false);

        // Signed in by App Service Authentication: only its own endpoint ends that session.
        http.Response.Headers.Location = http.User.HasClaim(DashboardKeyAuthenticationHandler.MethodClaim, AppServiceAuthenticationHandler.Method)
            ? "/.auth/logout?post_logout_redirect_uri=" + DashboardEndpoints.Prefix
            : DashboardEndpoints.Prefix + "/login";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>A form post or nothing: a script posting JSON with the key header gets "no key", not a 500.</summary>
    private static async Task<IFormCollection> FormAsync(HttpContext http)
        => http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false) : FormCollection.Empty;

    [System.Text.RegularExpressions.GeneratedRegex("^/dashboard(/[A-Za-z0-9._:-]+)*$")]
    private static partial System.Text.RegularExpressions.Regex BackPath();

    private static async Task<IResult> LoginAsync(HttpContext http, IOptionsMonitor<WorkflowsApiOptions> options, SignInRateLimiter limiter, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LoginEndpoints));
        if (limiter.Blocked(http) is { } wait)
        {
            DashboardLog.LoginThrottled(logger);
            SignInRateLimiter.SetRetryAfter(http, wait);
            var tooMany = await DashboardRequest.CreateAsync(http).ConfigureAwait(false);
            return LoginPage(tooMany, [tooMany.L("Te veel pogingen; probeer het over een minuut opnieuw.", "Too many attempts; try again in a minute.")], StatusCodes.Status429TooManyRequests);
        }

        var form = await FormAsync(http).ConfigureAwait(false);
        if (!DashboardKeyAuthenticationHandler.IsValidKey(options.CurrentValue, form[KeyField].ToString()))
        {
            limiter.Failed(http);
            DashboardLog.LoginRefused(logger);
            var r = await DashboardRequest.CreateAsync(http).ConfigureAwait(false);
            return LoginPage(r, [r.L("Deze sleutel is niet juist.", "This key is not correct.")], StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "coordinator"),
                new Claim(DashboardKeyAuthenticationHandler.MethodClaim, DashboardKeyAuthenticationHandler.ViaLogin),
                .. DashboardSession.Claims(options.CurrentValue.ApiKey!, TimeProvider.System.GetUtcNow()),
            ],
            DashboardAuthentication.CookieScheme);
        await http.SignInAsync(DashboardAuthentication.CookieScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        DashboardLog.SignedIn(logger);

        // 303: the browser follows with a GET, so reloading the overview never posts the key again.
        http.Response.Headers.Location = DashboardEndpoints.Prefix;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> LanguageAsync(HttpContext http)
    {
        var form = await FormAsync(http).ConfigureAwait(false);
        string lang = form["lang"].ToString() == "en" ? "en" : "nl";
        http.Response.Cookies.Append(DashboardAuthentication.LanguageCookieName, lang, new CookieOptions
        {
            Path = DashboardEndpoints.Prefix,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps || http.RequestServices.GetRequiredService<Hosting.WorkflowsHosting>().Mode == Hosting.HostingMode.FunctionsHost,
            MaxAge = TimeSpan.FromDays(365),
        });

        // Only a path of the dashboard itself: never an address someone else put in the form, nor a header-breaking one.
        string back = form["back"].ToString();
        http.Response.Headers.Location = BackPath().IsMatch(back) && !back.Contains("..", StringComparison.Ordinal) ? back : DashboardEndpoints.Prefix;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult LoginPage(DashboardRequest r, IReadOnlyList<string> errors, int status = StatusCodes.Status200OK)
        => DashboardLayout.Bare(r, r.L("Aanmelden", "Sign in"), Html.Of($"""
            <p>{r.L("Het overzicht voor de coördinatoren van het samenwerkingsverband.", "The overview for the partnership's coordinators.")}</p>
            {DashboardForms.Errors(r, errors)}
            <form method="post" action="{DashboardEndpoints.Prefix}/login" class="form-grid card">
            {r.CsrfField()}
            <div><label for="apiKey">{r.L("API-sleutel", "API key")}</label>
            <input type="password" id="apiKey" name="{KeyField}" autocomplete="current-password" required></div>
            <div><button type="submit" class="primary">{r.L("Aanmelden", "Sign in")}</button></div>
            </form>
            <form method="post" action="{DashboardEndpoints.Prefix}/language">{r.CsrfField()}<input type="hidden" name="lang" value="{(r.English ? "nl" : "en")}"><input type="hidden" name="back" value="{DashboardEndpoints.Prefix}/login"><button type="submit" class="link">{r.L("English", "Nederlands")}</button></form>
            """), status);
}
