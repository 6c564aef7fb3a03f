using Microsoft.AspNetCore.Http;
using Workflows.Host.Api.Links;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// What a person who clicked a download link in a mail sees when there is no file to give: the link pages' small
/// Dutch HTML (no scripts, no framing, no referrer), not JSON.
/// </summary>
internal static class DocumentPages
{
    public static IResult Invalid() => LinkPages.Page(
        StatusCodes.Status400BadRequest,
        "Ongeldige link",
        "<p>Deze downloadlink is ongeldig. Controleer of u de hele link uit de e-mail hebt gebruikt, of neem contact op met de coördinator.</p>");

    public static IResult Expired() => LinkPages.Page(
        StatusCodes.Status410Gone,
        "Link verlopen",
        "<p>Deze downloadlink is verlopen. Vraag de coördinator om het document opnieuw te sturen.</p>");

    public static IResult Missing() => LinkPages.Page(
        StatusCodes.Status404NotFound,
        "Document niet gevonden",
        "<p>Dit document is niet (meer) beschikbaar. Neem contact op met de coördinator.</p>");

    public static IResult Pending() => LinkPages.Page(
        StatusCodes.Status503ServiceUnavailable,
        "Nog even geduld",
        "<p>Het document wordt nog op virussen gecontroleerd. Probeer het over een paar minuten opnieuw.</p>",
        TimeSpan.FromMinutes(1));

    public static IResult Blocked() => LinkPages.Page(
        StatusCodes.Status403Forbidden,
        "Document tegengehouden",
        "<p>Dit document is bij de viruscontrole tegengehouden of kon niet worden gecontroleerd, en wordt daarom niet gedeeld. Neem contact op met de coördinator.</p>");
}
