using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Workflows.Host.Api;

/// <summary>
/// Every body over its limit is a 413 with problem details, for the API and the dashboard alike. Without this a
/// chunked body over the server's limit (30 MB) failed inside the handler that read it and came back as a 500.
/// </summary>
/// <remarks>
/// An endpoint may carry a lower limit of its own (<see cref="Max"/>, e.g. 1 MB for <c>PUT /api/config</c>): the
/// server then stops reading there instead of taking in 30 MB first. A body whose declared length is over the limit
/// is refused before it is read at all.
/// </remarks>
internal static class RequestBodyLimit
{
    /// <summary>The limit of one endpoint, in bytes.</summary>
    public static TBuilder MaxBodyBytes<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new Max(bytes));

    /// <summary>Adds the check; after routing (so it sees the endpoint's own limit), before the endpoints.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
        => app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            long? limit = context.GetEndpoint()?.Metadata.GetMetadata<Max>()?.Bytes;
            if (limit is { } own && feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = own;
            }

            limit ??= feature?.MaxRequestBodySize;
            if (limit is { } max && context.Request.ContentLength > max)
            {
                await TooLarge(max).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (IsTooLarge(e) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await TooLarge(limit ?? feature?.MaxRequestBodySize).ExecuteAsync(context).ConfigureAwait(false);
            }
        });

    /// <summary>
    /// The server stopped reading a body at its limit. Handlers' and filters' catch-alls leave this one to
    /// <see cref="UseRequestBodyLimit"/>, which answers 413 instead of their 500.
    /// </summary>
    public static bool IsTooLarge(Exception e) => e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    private static IResult TooLarge(long? max)
        => ApiProblems.TooLarge(max is { } bytes
            ? string.Create(CultureInfo.InvariantCulture, $"De body is te groot: hoogstens {Size(bytes)}. Er is niets veranderd.")
            : "De body is te groot. Er is niets veranderd.");

    private static string Size(long bytes)
        => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{bytes:N0} bytes");

    /// <summary>An endpoint's own body limit.</summary>
    internal sealed record Max(long Bytes);
}
