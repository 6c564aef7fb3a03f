using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Functions;

/// <summary>
/// What every HTTP function does: run the platform's own pipeline (<see cref="PlatformApp.Pipeline"/>) on the request
/// the worker received, with the invocation's Durable Functions client, so the answer is the one <c>serve</c> gives.
/// </summary>
/// <remarks>
/// The pipeline writes the whole response on the worker's <see cref="HttpContext"/>; the function then returns an
/// <see cref="EmptyResult"/>, which the worker's ASP.NET Core integration executes as a no-op. Returning an
/// <see cref="IActionResult"/> (not a bare <see cref="Task"/>) gives the function the <c>$return</c> http output
/// binding in functions.metadata, the shape the Functions docs and templates use, and lets the worker count the
/// response as handled.
/// </remarks>
internal static class HttpForwarding
{
    public static async Task<IActionResult> ForwardAsync(PlatformApp platform, HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var context = request.HttpContext;
        var workerServices = context.RequestServices;
        string workerScheme = context.Request.Scheme;
        await using var scope = platform.Services.CreateAsyncScope();
        using var ambient = AmbientDurableTaskClient.Use(client);
        try
        {
            // The platform's routing matches the request itself: whatever the worker's own pipeline put on the
            // context (an endpoint, route values) is not the platform's.
            context.RequestServices = scope.ServiceProvider;

            // The worker hears the host on plain http over loopback, but the app is only reached through the
            // platform's TLS front end: the request is an https one. The dashboard's cookies are Secure-only under
            // the Functions host (HostingMode.FunctionsHost), and antiforgery refuses to issue or check a token for
            // such cookies on a request that is not https (every form page would fail with 500).
            context.Request.Scheme = Uri.UriSchemeHttps;
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
            await platform.Pipeline(context);
        }
        finally
        {
            context.RequestServices = workerServices;
            context.Request.Scheme = workerScheme;
        }

        return new EmptyResult();
    }
}
