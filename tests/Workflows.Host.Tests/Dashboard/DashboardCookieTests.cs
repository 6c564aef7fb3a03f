using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Host.Dashboard;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// Under the Functions host the handler hears plain http on loopback while browsers reach the app over https: the
/// session and CSRF cookies must be Secure there whatever the request looks like, or the first http request would
/// carry the session in clear text.
/// </summary>
public sealed class DashboardCookieTests
{
    [Theory]
    [InlineData(true, CookieSecurePolicy.Always)]
    [InlineData(false, CookieSecurePolicy.SameAsRequest)]
    public async Task Session_and_csrf_cookies_are_always_secure_behind_the_functions_host(bool functionsHost, CookieSecurePolicy expected)
    {
        var app = WorkflowsApp.Build(new AppSetup(functionsHost ? HostingMode.FunctionsHost : HostingMode.Standalone));
        await using var _ = app;

        var session = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(DashboardAuthentication.CookieScheme).Cookie;
        var csrf = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie;

        Assert.Equal(expected, session.SecurePolicy);
        Assert.Equal(expected, csrf.SecurePolicy);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, session.SameSite);
        Assert.Equal(SameSiteMode.Strict, csrf.SameSite);
    }
}
