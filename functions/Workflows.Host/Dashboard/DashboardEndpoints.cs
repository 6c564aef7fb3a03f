using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Dashboard.Convenants;
using Workflows.Host.Dashboard.Operations;
using Workflows.Host.Dashboard.Overview;
using Workflows.Host.Dashboard.Subsidies;

namespace Workflows.Host.Dashboard;

/// <summary>
/// Maps the coordinators' dashboard under <c>/dashboard</c>: server-rendered pages that read the same stores as the
/// API and act through the same commands. Needs <see cref="DashboardServiceCollectionExtensions.AddWorkflowsDashboard"/>.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Prefix = "/dashboard";

    /// <summary>
    /// Nothing but the host's own origin: no script, no outside font or image, no framing. SVG charts are inline
    /// markup (allowed); inline styles are not, so pages style by class only.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IEndpointRouteBuilder MapWorkflowsDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var anonymous = endpoints.MapGroup(Prefix)
            .AllowAnonymous()
            .ExcludeFromDescription()
            .AddEndpointFilter(PageFilterAsync);
        var signedIn = endpoints.MapGroup(Prefix)
            .RequireAuthorization(DashboardAuthentication.Policy)
            .ExcludeFromDescription()
            .AddEndpointFilter(PageFilterAsync);

        DashboardAssets.Map(anonymous);
        LoginEndpoints.Map(anonymous, signedIn);
        OverviewPage.Map(signedIn);
        YearPlan.YearPlanPage.Map(signedIn);
        YearReport.YearReportPage.Map(signedIn);
        AttendancePage.Map(signedIn);
        Minutes.MinutesPage.Map(signedIn);
        SubsidiesPage.Map(signedIn);
        ConvenantsPage.Map(signedIn);
        OperationsPage.Map(signedIn);
        return endpoints;
    }

    /// <summary>Security headers on every page, the CSRF check on every form, and a page (not a stack trace) for errors.</summary>
    private static async ValueTask<object?> PageFilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;

        // The path as sent, before decoding and dot-segment removal: "/api/%2e%2e/dashboard" must not arrive here
        // dressed as a dashboard path (in Azure, /api/* is excluded from App Service Authentication).
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            && !raw.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!http.Request.Path.StartsWithSegments(Prefix + "/assets", StringComparison.Ordinal))
        {
            // What antiforgery sets on every page with a form: with only "no-store" it overrode the header and
            // logged a warning on each view.
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }

        // The anonymous pages (login, language) see the session too when there is one: CSRF tokens are bound to the
        // user, and a token issued on a signed-in page must validate on the language form.
        if (http.User.Identity?.IsAuthenticated != true
            && await http.AuthenticateAsync(DashboardAuthentication.Scheme).ConfigureAwait(false) is { Succeeded: true } session)
        {
            http.User = session.Principal;
        }

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardEndpoints));
        string route = http.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "?";
        if (HttpMethods.IsPost(http.Request.Method) && !await FormReadsAsync(http).ConfigureAwait(false))
        {
            DashboardLog.FormUnreadable(logger, route);
            var r = await DashboardRequest.CreateAsync(http).ConfigureAwait(false);
            return DashboardLayout.Bare(r, r.L("Formulier ongeldig", "Invalid form"), Html.Of($"""
                <p>{r.L("Dit formulier kon niet gelezen worden: het bevat ongeldige tekens of is te groot. Er is niets veranderd.", "This form could not be read: it contains invalid characters or is too large. Nothing was changed.")}</p>
                <p><a class="button" href="{Prefix}">{r.L("Naar het overzicht", "To the overview")}</a></p>
                """), StatusCodes.Status400BadRequest);
        }

        if (HttpMethods.IsPost(http.Request.Method) && !ViaHeader(http) && !await CsrfValidAsync(http).ConfigureAwait(false))
        {
            DashboardLog.CsrfRefused(logger, route);
            var r = await DashboardRequest.CreateAsync(http).ConfigureAwait(false);
            return DashboardLayout.Bare(r, r.L("Formulier verlopen", "Form expired"), Html.Of($"""
                <p>{r.L("Dit formulier is verlopen of kwam niet van dit overzicht. Er is niets veranderd.", "This form has expired or did not come from this dashboard. Nothing was changed.")}</p>
                <p><a class="button" href="{Prefix}">{r.L("Naar het overzicht", "To the overview")}</a></p>
                """), StatusCodes.Status400BadRequest);
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when ((e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested) && !Api.RequestBodyLimit.IsTooLarge(e))
        {
            DashboardLog.Unhandled(logger, http.Request.Method, route, e);
            var r = await DashboardRequest.CreateAsync(http).ConfigureAwait(false);
            return DashboardLayout.Bare(r, r.L("Er ging iets mis", "Something went wrong"), Html.Of($"""
                <p>{r.L("De fout is gelogd. Probeer het later opnieuw.", "The error was logged. Please try again later.")}</p>
                <p><a class="button" href="{Prefix}">{r.L("Naar het overzicht", "To the overview")}</a></p>
                """), StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>
    /// Reads a posted form once, before anything else looks at it (the CSRF check, then the action, get the same
    /// parsed copy). False when it cannot be read: a NUL or other invalid text, too many or too long fields, broken
    /// multipart. That used to throw in the CSRF check, outside any handler, and end as a 500.
    /// </summary>
    private static async Task<bool> FormReadsAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return true;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException
            || (e is IOException && !Api.RequestBodyLimit.IsTooLarge(e) && !http.RequestAborted.IsCancellationRequested))
        {
            // A field name over 2048 characters, a body that says multipart but is not, a %00: the reader refuses it.
            // A body over the size limit is left to RequestBodyLimit (413), a client that went away to the host.
            return false;
        }
    }

    /// <summary>The CSRF token is there and valid; a token that cannot even be decoded is just as invalid.</summary>
    private static async Task<bool> CsrfValidAsync(HttpContext http)
    {
        try
        {
            return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>A request signed in with the key header carries no ambient credential a other site could ride on.</summary>
    private static bool ViaHeader(HttpContext http)
        => http.User.HasClaim(DashboardKeyAuthenticationHandler.MethodClaim, DashboardKeyAuthenticationHandler.ViaHeader);

    /// <summary>The page for "no configuration stored yet", which every tab shows in that case.</summary>
    public static IResult NoConfig(DashboardRequest r, DashboardTab tab)
        => DashboardLayout.Page(r, tab, DashboardLayout.Label(r, tab), Html.Of($"""
            <p class="empty">{(r.ConfigBroken
                ? r.L("De opgeslagen configuratie is niet meer geldig. Stuur een verbeterde met PUT /api/config; het tabblad Beheer werkt intussen gewoon.", "The stored configuration no longer validates. Send a corrected one with PUT /api/config; the Operations tab works meanwhile.")
                : r.L("Er is nog geen configuratie opgeslagen. Start 'serve' met een configuratiebestand of stuur er een met PUT /api/config.", "No configuration has been stored yet. Start 'serve' with a configuration file or send one with PUT /api/config."))}</p>
            """));
}
