using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Api.Auth;

/// <summary>
/// The 401 answer of every scheme: RFC 7807 problem details, saying which header to send; and the 429 answer when the
/// key header is refused because of too many failed sign-ins (<see cref="SignInRateLimiter"/>).
/// </summary>
internal static class ApiChallenge
{
    /// <summary>The <see cref="HttpContext.Items"/> entry a key handler sets (the wait) when it refused a throttled client.</summary>
    public const string ThrottledItem = "wf-sign-in-throttled";

    /// <summary>The challenge of a key scheme: 429 when the handler refused the request as throttled, 401 otherwise.</summary>
    public static Task ChallengeAsync(HttpContext context)
        => context.Items[ThrottledItem] is TimeSpan wait ? WriteTooManyAsync(context, wait) : WriteAsync(context);

    public static Task WriteTooManyAsync(HttpContext context, TimeSpan wait)
    {
        SignInRateLimiter.SetRetryAfter(context, wait);
        return WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Te veel pogingen",
            Detail = "Te veel pogingen met een verkeerde API-sleutel. Probeer het over een minuut opnieuw.",
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        });
    }

    public static Task WriteAsync(HttpContext context) => WriteAsync(context, new ProblemDetails
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "Niet aangemeld",
        Detail = $"Stuur een geldige API-sleutel in de header '{ApiAuthentication.KeyHeader}' (of een Entra ID-token als 'Authorization: Bearer', als dat is ingesteld).",
        Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
    });

    private static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            // The client's Accept header ruled JSON out; the status and a plain reason still tell it what to do.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem.Detail!, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
