using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Api;

/// <summary>RFC 7807 answers with Dutch titles, the language of the platform's users.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail, IReadOnlyList<string>? errors = null) => Problem(
        StatusCodes.Status400BadRequest, "Ongeldige invoer", detail, errors is null ? null : new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Niet gevonden", detail);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult Gone(string detail) => Problem(StatusCodes.Status410Gone, "Niet meer mogelijk", detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Verkeerd inhoudstype", detail);

    public static IResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Te groot", detail);

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
        => TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
