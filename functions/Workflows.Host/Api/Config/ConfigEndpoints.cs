using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Workflows.Host.Api.Config;

/// <summary><c>PUT /api/config</c> (replace, validated as a whole) and <c>GET /api/config</c> (the current YAML).</summary>
internal static class ConfigEndpoints
{
    /// <summary>A partnership file is tens of kilobytes; a megabyte is generous and bounds what one request can cost.</summary>
    private const int MaxBytes = 1024 * 1024;

    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/config", PutAsync)
            .WithName("ReplaceConfig")
            .WithSummary("Replaces the partnership configuration (YAML), validated as a whole.")
            .WithTags("Configuration")
            .DocumentBody(Microsoft.OpenApi.JsonSchemaType.String, required: true, "application/yaml", "text/plain")
            .MaxBodyBytes(MaxBytes)
            .Produces<ConfigSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/config", GetAsync)
            .WithName("GetConfig")
            .WithSummary("The current partnership configuration as uploaded (YAML).")
            .WithTags("Configuration")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PutAsync(HttpRequest request, [FromServices] IPartnershipConfigStore store, CancellationToken cancellationToken)
    {
        if (!IsYaml(request.ContentType))
        {
            return ApiProblems.UnsupportedMediaType($"Stuur de configuratie als YAML ({string.Join(", ", YamlTypes)}).");
        }

        if (request.ContentLength > MaxBytes)
        {
            return ApiProblems.TooLarge("De configuratie is groter dan 1 MB.");
        }

        string yaml;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (buffer.Length > MaxBytes)
            {
                return ApiProblems.TooLarge("De configuratie is groter dan 1 MB.");
            }

            try
            {
                yaml = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (DecoderFallbackException)
            {
                return ApiProblems.BadRequest("De configuratie is geen geldige UTF-8-tekst.");
            }
        }

        var result = await store.ReplaceAsync(yaml, "config.yaml", cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            ConfigReplaceStatus.Invalid => ApiProblems.BadRequest(
                $"De configuratie bevat {result.Errors.Count} fout(en); er is niets opgeslagen.",
                [.. result.Errors.Select(e => e.ToString())]),
            ConfigReplaceStatus.Conflict => ApiProblems.Conflict("Tegelijk is een andere configuratie opgeslagen; haal die op en probeer het opnieuw."),
            _ => TypedResults.Ok(ConfigSummary.From(result.Stored!, result.ListenerFailures)),
        };
    }

    private static async Task<IResult> GetAsync(HttpResponse response, [FromServices] IPartnershipConfigStore store, CancellationToken cancellationToken)
    {
        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config).");
        }

        response.Headers.ETag = current.Version;
        return TypedResults.Text(current.Yaml, "application/yaml", Encoding.UTF8);
    }

    private static bool IsYaml(string? contentType)
        => contentType is not null
            && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && YamlTypes.Any(t => string.Equals(parsed.MediaType.Value, t, StringComparison.OrdinalIgnoreCase));
}
