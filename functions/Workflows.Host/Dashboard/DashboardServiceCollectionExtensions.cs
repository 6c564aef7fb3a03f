using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Runtime;
using Workflows.Host.Api;
using Workflows.Host.Api.Auth;

namespace Workflows.Host.Dashboard;

/// <summary>Registers the coordinators' dashboard; pair with <see cref="DashboardEndpoints.MapWorkflowsDashboard"/>.</summary>
internal static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (session cookie from the login form, or the API key header), CSRF tokens for every form, and the
    /// data-protection key ring in the hub's blob container so sessions survive restarts and hold across instances.
    /// </summary>
    /// <param name="behindTlsFrontEnd">
    /// Under the Functions host the app is reached over https through the platform's front end, but the handler itself
    /// listens on plain http on loopback, so "secure only over https" would never mark a cookie Secure: there they always are.
    /// </param>
    public static IServiceCollection AddWorkflowsDashboard(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, string taskHub, bool behindTlsFrontEnd)
    {
        var secure = behindTlsFrontEnd ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section));
        services.AddAuthentication()
            .AddPolicyScheme(DashboardAuthentication.Scheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiAuthentication.KeyHeader) ? DashboardAuthentication.KeyScheme
                : context.Request.Headers.ContainsKey(AppServiceAuthenticationHandler.PrincipalHeader)
                    && AppServiceAuthenticationHandler.IsActive(context.RequestServices)
                    ? DashboardAuthentication.AppServiceScheme
                : DashboardAuthentication.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, DashboardKeyAuthenticationHandler>(DashboardAuthentication.KeyScheme, null)
            .AddScheme<AuthenticationSchemeOptions, AppServiceAuthenticationHandler>(DashboardAuthentication.AppServiceScheme, null)
            .AddCookie(DashboardAuthentication.CookieScheme, options =>
            {
                options.Cookie.Name = DashboardAuthentication.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = secure;
                options.Cookie.Path = DashboardEndpoints.Prefix;
                options.ExpireTimeSpan = DashboardAuthentication.SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = DashboardEndpoints.Prefix + "/login";
                options.LogoutPath = DashboardEndpoints.Prefix + "/logout";

                // No return URL in the query: after signing in the coordinator lands on the overview.
                options.ReturnUrlParameter = string.Empty;
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context =>
                    {
                        context.Response.Redirect(DashboardEndpoints.Prefix + "/login");
                        return Task.CompletedTask;
                    },
                    OnValidatePrincipal = DashboardSession.ValidateAsync,
                };
            });

        services.AddAuthorizationBuilder().AddPolicy(DashboardAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(DashboardAuthentication.Scheme)
            .RequireAuthenticatedUser());

        services.TryAddSingleton<SignInRateLimiter>();
        services.TryAddSingleton(sp => new RevokedSessionStore(
            sp.GetRequiredService<StorageAccount>().CreateTableServiceClient().GetTableClient($"{taskHub}RevokedSessions")));
        services.AddSingleton<DashboardStores>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = DashboardAuthentication.CsrfCookieName;
            options.Cookie.Path = DashboardEndpoints.Prefix;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.FormFieldName = DashboardAuthentication.CsrfField;
            options.HeaderName = null;
        });

        services.AddDataProtection().SetApplicationName("Workflows");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            if (sp.GetService<StorageAccount>() is { } account)
            {
                options.XmlRepository = new BlobXmlRepository(account.CreateBlobServiceClient().GetBlobContainerClient($"{taskHub.ToLowerInvariant()}-keys"));
            }
        });
        return services;
    }
}
