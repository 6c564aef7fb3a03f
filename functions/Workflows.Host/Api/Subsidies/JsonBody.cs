using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Api.Subsidies;

/// <summary>Reads a small JSON request body, or says in problem details why it cannot.</summary>
internal static class JsonBody
{
    /// <summary>Also each JSON route's body limit (<c>MaxBodyBytes</c>), so a chunked body stops here too.</summary>
    internal const int MaxBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.UnsupportedMediaType("Stuur de gegevens als JSON (application/json)."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, ApiProblems.TooLarge("De gegevens zijn groter dan 64 kB."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, ApiProblems.BadRequest("De gegevens ontbreken.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"De gegevens zijn geen geldige JSON of passen niet bij de velden: {JsonErrors.Describe(e)}."));
        }
    }
}
