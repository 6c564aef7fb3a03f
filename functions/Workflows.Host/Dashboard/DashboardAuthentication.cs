namespace Workflows.Host.Dashboard;

/// <summary>The names the dashboard's sign-in is registered under.</summary>
internal static class DashboardAuthentication
{
    /// <summary>Picks <see cref="KeyScheme"/> when the request carries the key header, <see cref="CookieScheme"/> otherwise.</summary>
    public const string Scheme = "WorkflowsDashboard";

    /// <summary>The session cookie the login form sets (HttpOnly, SameSite=Strict).</summary>
    public const string CookieScheme = "WorkflowsDashboardCookie";

    /// <summary>
    /// The API key in <c>x-functions-key</c>, checked by the dashboard itself: unlike the API it never trusts the
    /// Functions host, whose key check does not cover the dashboard's anonymous-level routes.
    /// </summary>
    public const string KeyScheme = "WorkflowsDashboardKey";

    /// <summary>App Service Authentication's principal header, trusted only when configured (<see cref="DashboardOptions"/>).</summary>
    public const string AppServiceScheme = "WorkflowsDashboardAppService";

    public const string Policy = "WorkflowsDashboard";

    public const string CookieName = "wf-session";

    public const string CsrfCookieName = "wf-csrf";

    /// <summary>The hidden form field every dashboard form carries (ASP.NET Core antiforgery).</summary>
    public const string CsrfField = "__csrf";

    public const string LanguageCookieName = "wf-lang";

    /// <summary>How long a session lasts without use (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);
}
