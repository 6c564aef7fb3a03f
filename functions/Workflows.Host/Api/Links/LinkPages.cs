using Workflows.Orchestrations.Links;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Api.Links;

/// <summary>
/// The small Dutch HTML pages of the action links. Every value is HTML-encoded; the pages load nothing, allow no
/// scripts, cannot be framed, are not cached and send no referrer (the URL holds the token).
/// </summary>
internal static class LinkPages
{
    public static IResult Confirm(ActionLink link) => Page(
        StatusCodes.Status200OK,
        "Bevestig uw keuze",
        $"<p>U staat op het punt door te geven: <strong>{Encode(Describe(link.Action))}</strong>.</p>"
        + $"<p>Deze link is geldig tot {Encode(FormatTime(link.ExpiresAt))} en werkt één keer.</p>"
        + "<form method=\"post\"><button type=\"submit\">Bevestigen</button></form>");

    public static IResult Done(ActionLink link) => Page(
        StatusCodes.Status200OK,
        "Bedankt",
        $"<p>Uw keuze is verwerkt: <strong>{Encode(Describe(link.Action))}</strong>. U kunt dit venster sluiten.</p>");

    public static IResult Invalid() => Page(
        StatusCodes.Status400BadRequest,
        "Ongeldige link",
        "<p>Deze link is ongeldig. Controleer of u de hele link uit de e-mail hebt gebruikt, of neem contact op met de coördinator.</p>");

    public static IResult Expired() => Page(
        StatusCodes.Status410Gone,
        "Link verlopen",
        "<p>Deze link is verlopen. Neem contact op met de coördinator als u uw keuze nog wilt doorgeven.</p>");

    public static IResult Used() => Page(
        StatusCodes.Status410Gone,
        "Link al gebruikt",
        "<p>Deze link is al gebruikt; uw eerdere keuze is verwerkt. Neem contact op met de coördinator als u iets wilt wijzigen.</p>");

    public static IResult Closed() => Page(
        StatusCodes.Status410Gone,
        "Niet meer nodig",
        "<p>Deze actie is niet meer mogelijk: het proces waar de link bij hoort is afgerond.</p>");

    public static IResult Failed() => Page(
        StatusCodes.Status503ServiceUnavailable,
        "Probeer het later opnieuw",
        "<p>Uw keuze kon nu niet worden verwerkt. De link blijft geldig; probeer het over een paar minuten opnieuw.</p>");

    /// <summary>A coordinator's choice for an occurrence at risk: what it does, before the click (GET changes nothing).</summary>
    public static IResult ConfirmDecision(ActionLink link) => Page(
        StatusCodes.Status200OK,
        "Bevestig uw keuze",
        (link.Action == "cancel"
            ? $"<p>U geeft door dat het overleg van {Encode(OccurrenceDay(link))} <strong>niet doorgaat</strong>: het wordt afgelast en de genodigden krijgen bericht.</p>"
            : $"<p>U geeft door dat het overleg van {Encode(OccurrenceDay(link))} <strong>doorgaat</strong>.</p>")
        + "<p>De keuze geldt voor alle coördinatoren. Daarna werken de knoppen in de e-mail niet meer.</p>"
        + "<form method=\"post\"><button type=\"submit\">Bevestigen</button></form>");

    public static IResult DecisionDone(ActionLink link) => Page(
        StatusCodes.Status200OK,
        "Bedankt",
        link.Action == "cancel"
            ? $"<p>Verwerkt: het overleg van {Encode(OccurrenceDay(link))} wordt afgelast en de genodigden krijgen bericht. U kunt dit venster sluiten.</p>"
            : $"<p>Verwerkt: het overleg van {Encode(OccurrenceDay(link))} gaat door. U kunt dit venster sluiten.</p>");

    public static IResult DecisionUsed() => Page(
        StatusCodes.Status410Gone,
        "Al gekozen",
        "<p>Voor dit overleg is al gekozen, met deze of de andere knop uit de e-mail. Op het dashboard ziet u wat er is besloten.</p>");

    public static IResult DecisionExpired(ActionLink link) => Page(
        StatusCodes.Status410Gone,
        "Link verlopen",
        $"<p>Deze link was geldig tot het begin van het overleg van {Encode(OccurrenceDay(link))} en kan niet meer worden gebruikt.</p>");

    public static IResult TooMany(TimeSpan? retryAfter) => Page(
        StatusCodes.Status429TooManyRequests,
        "Even geduld",
        "<p>Er komen te veel verzoeken binnen. Probeer het over een minuut opnieuw.</p>",
        retryAfter);

    /// <summary>The known actions in Dutch; an unknown one is shown as written (encoded).</summary>
    internal static string Describe(string action) => action switch
    {
        "applying" => "ik meld mij aan",
        "declined" => "ik meld mij af",
        "accepted" => "ik ben aanwezig",
        "tentative" => "ik ben misschien aanwezig",
        "acknowledged" => "ik heb het gezien",
        _ => action,
    };

    // "dinsdag 17 november 2026": the occurrence's series date the link carries (its target).
    private static string OccurrenceDay(ActionLink link) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(link.Target ?? string.Empty) is { Success: true } date
            ? date.Value.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))
            : link.Target ?? string.Empty;

    /// <summary>"dinsdag 17 november 2026 om 15.00 uur" (schrijfwijzer), Dutch time.</summary>
    internal static string FormatTime(DateTimeOffset at)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var local = NodaTime.Instant.FromDateTimeOffset(at).InZone(zone);
        return local.ToString("dddd d MMMM uuuu 'om' H.mm 'uur'", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <param name="language">The page's <c>lang</c>: "nl", or "en" for a partnership that reads English.</param>
    internal static IResult Page(int status, string title, string body, TimeSpan? retryAfter = null, string language = "nl")
    {
        string html = $"<!DOCTYPE html><html lang=\"{Encode(language)}\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{Encode(title)}</title>"
            + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
            + "button{font-size:1.1rem;padding:.6rem 1.4rem}"
            + "fieldset{margin:0 0 1.2rem;padding:.6rem 1rem;border:1px solid #767676}label{display:block;margin-top:.6rem;font-weight:600}"
            + "input,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.3rem;border:1px solid #595959}"
            + ".hint{font-weight:400;color:#4a4a4a}.error{color:#b00020;font-weight:600}[aria-invalid=true]{border:2px solid #b00020}"
            + ".errors{border:2px solid #b00020;padding:.2rem 1rem;margin-bottom:1rem}</style></head>"
            + $"<body><h1>{Encode(title)}</h1>{body}</body></html>";
        return new HtmlPage(status, html, retryAfter);
    }

    private sealed class HtmlPage(int status, string html, TimeSpan? retryAfter) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["X-Frame-Options"] = "DENY";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
            if (retryAfter is { } wait)
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
