using System.Text;
using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Dashboard;

/// <summary>
/// The page shell: skip link, header with the partnership, tab navigation, language switch and sign-out, then the
/// page's own content in <c>main</c>. Every asset comes from the host itself; no script is needed to use a page.
/// </summary>
internal static class DashboardLayout
{
    public static string Path(DashboardTab tab) => tab switch
    {
        DashboardTab.Overview => DashboardEndpoints.Prefix,
        DashboardTab.Attendance => DashboardEndpoints.Prefix + "/attendance",
        DashboardTab.Subsidies => DashboardEndpoints.Prefix + "/subsidies",
        DashboardTab.Convenants => DashboardEndpoints.Prefix + "/convenants",
        DashboardTab.Operations => DashboardEndpoints.Prefix + "/operations",
        _ => throw new ArgumentOutOfRangeException(nameof(tab)),
    };

    public static string Label(DashboardRequest r, DashboardTab tab) => tab switch
    {
        DashboardTab.Overview => r.L("Overzicht", "Overview"),
        DashboardTab.Attendance => r.L("Opkomst", "Attendance"),
        DashboardTab.Subsidies => r.L("Subsidierondes", "Subsidy rounds"),
        DashboardTab.Convenants => r.L("Convenanten", "Agreements"),
        DashboardTab.Operations => r.L("Beheer", "Operations"),
        _ => throw new ArgumentOutOfRangeException(nameof(tab)),
    };

    /// <summary>A whole page for a signed-in coordinator.</summary>
    /// <param name="contentLanguage">The language of the title and content when it is not the dashboard's (a page meant to be sent on, written in the partnership's language).</param>
    public static IResult Page(DashboardRequest r, DashboardTab tab, string title, Html content, int status = StatusCodes.Status200OK, string? contentLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        string partnership = r.Config?.Partnership.Name ?? r.L("Samenwerkingsverband", "Partnership");
        var nav = Html.Join(Enum.GetValues<DashboardTab>(), t => t == tab
            ? Html.Of($"<li><a href=\"{Path(t)}\" aria-current=\"page\">{Label(r, t)}</a></li>")
            : Html.Of($"<li><a href=\"{Path(t)}\">{Label(r, t)}</a></li>"));
        var csrf = r.CsrfField();
        string other = r.English ? "nl" : "en";
        var header = Html.Of($"""
            <header class="top">
              <p class="brand"><span class="brand-name">{partnership}</span> <span class="brand-sub">{r.L("coördinatie", "coordination")}</span></p>
              <nav aria-label="{r.L("Onderdelen", "Sections")}"><ul class="tabs">{nav}</ul></nav>
              <div class="session">
                <form method="post" action="{DashboardEndpoints.Prefix}/language">{csrf}<input type="hidden" name="lang" value="{other}"><input type="hidden" name="back" value="{r.Http.Request.Path.Value}"><button type="submit" class="link" lang="{other}">{r.L("English", "Nederlands")}</button></form>
                <form method="post" action="{DashboardEndpoints.Prefix}/logout">{csrf}<button type="submit" class="link">{r.L("Afmelden", "Sign out")}</button></form>
              </div>
            </header>
            """);
        return Document(r, $"{title} · {partnership}", Html.Of($"""
            {header}
            <main id="main" tabindex="-1"{(contentLanguage is null || contentLanguage == r.Language ? Html.Empty : Html.Of($" lang=\"{contentLanguage}\""))}>
            <h1>{title}</h1>
            {content}
            </main>
            """), status);
    }

    /// <summary>A bare page (login, errors before sign-in): no navigation.</summary>
    public static IResult Bare(DashboardRequest r, string title, Html content, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Document(r, title, Html.Of($"""
            <main id="main" tabindex="-1" class="narrow">
            <h1>{title}</h1>
            {content}
            </main>
            """), status);
    }

    private static IResult Document(DashboardRequest r, string title, Html body, int status)
    {
        var html = Html.Of($"""
            <!DOCTYPE html>
            <html lang="{r.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <link rel="stylesheet" href="{DashboardAssets.StylesheetPath}">
            </head>
            <body>
            <a class="skip" href="#main">{r.L("Naar de inhoud", "Skip to content")}</a>
            {body}
            </body>
            </html>
            """);
        return Results.Text(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
