using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Api.Auth;

/// <summary>The 401 answer of every scheme: RFC 7807 problem details, saying which header to send.</summary>
internal static class ApiChallenge
{
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "Niet aangemeld",
            Detail = $"Stuur een geldige API-sleutel in de header '{ApiAuthentication.KeyHeader}' (of een Entra ID-token als 'Authorization: Bearer', als dat is ingesteld).",
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        };
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            // The client's Accept header ruled JSON out; the status and a plain reason still tell it what to do.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem.Detail, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
