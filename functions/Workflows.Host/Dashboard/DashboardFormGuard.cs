using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Dashboard;

/// <summary>
/// Reads a posted form before anything else does. A body the form reader refuses (a field name over its 2048-character
/// limit, a body that says multipart but is not, a %00, which the reader reports as InvalidDataException) threw out
/// of the CSRF check: a 500. Such a form is read as empty
/// instead, so the CSRF check refuses it with its own 400 page ("Er is niets veranderd").
/// </summary>
internal static partial class DashboardFormGuard
{
    public static async ValueTask<object?> ReadableFormAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException && !http.RequestAborted.IsCancellationRequested)
            {
                Unreadable(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardFormGuard)), e.GetType().Name);
                http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5219, Level = LogLevel.Warning, Message = "Dashboard: a posted form could not be read ({Error}); it counts as empty.")]
    private static partial void Unreadable(ILogger logger, string error);
}
