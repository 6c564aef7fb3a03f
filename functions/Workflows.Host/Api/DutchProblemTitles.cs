using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Api;

/// <summary>
/// Problem details the framework writes itself (no such route, a method not allowed, a body that does not bind, a
/// refused request) carry an English title from its defaults; the API answers in Dutch, so those become Dutch here.
/// A title the platform chose (<see cref="ApiProblems"/>) is left as it is.
/// </summary>
internal static class DutchProblemTitles
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Ongeldige invoer",
        [StatusCodes.Status401Unauthorized] = "Niet aangemeld",
        [StatusCodes.Status403Forbidden] = "Geen toegang",
        [StatusCodes.Status404NotFound] = "Niet gevonden",
        [StatusCodes.Status405MethodNotAllowed] = "HTTP-methode niet toegestaan",
        [StatusCodes.Status406NotAcceptable] = "Antwoordformaat niet beschikbaar",
        [StatusCodes.Status408RequestTimeout] = "Verzoek duurde te lang",
        [StatusCodes.Status409Conflict] = "Conflict",
        [StatusCodes.Status411LengthRequired] = "Lengte van de inhoud ontbreekt",
        [StatusCodes.Status412PreconditionFailed] = "Voorwaarde niet vervuld",
        [StatusCodes.Status413PayloadTooLarge] = "Te groot",
        [StatusCodes.Status415UnsupportedMediaType] = "Verkeerd inhoudstype",
        [StatusCodes.Status422UnprocessableEntity] = "Niet te verwerken",
        [StatusCodes.Status429TooManyRequests] = "Te veel verzoeken",
        [StatusCodes.Status500InternalServerError] = "Interne fout",
        [StatusCodes.Status503ServiceUnavailable] = "Tijdelijk niet beschikbaar",
    };

    /// <summary>The English titles the framework fills in (ProblemDetailsDefaults, ReasonPhrases): only those are replaced.</summary>
    private static readonly HashSet<string> EnglishDefaults = new(StringComparer.Ordinal)
    {
        "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Not Acceptable", "Request Timeout",
        "Conflict", "Length Required", "Precondition Failed", "Payload Too Large", "Content Too Large", "Request Entity Too Large",
        "Unsupported Media Type", "Unprocessable Entity", "Unprocessable Content", "Too Many Requests", "Internal Server Error",
        "An error occurred while processing your request.", "Service Unavailable",
    };

    /// <summary>For <c>ProblemDetailsOptions.CustomizeProblemDetails</c>: runs after the framework's defaults are applied.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        int status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Title is { } title && !EnglishDefaults.Contains(title))
        {
            return;
        }

        problem.Title = Titles.TryGetValue(status, out var dutch) ? dutch : "Fout";
    }
}
