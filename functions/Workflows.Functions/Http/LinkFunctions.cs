using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions.Http;

/// <summary>
/// The signed action links (<c>/api/links/{token}</c>) and document download links (<c>/api/documents/{token}</c>)
/// mailed to participants, and the calendar feeds (<c>/api/calendar/{token}.ics</c>) calendar clients subscribe to: <c>Anonymous</c> at the host, since the token's signature is the credential, checked by
/// <c>serve</c>'s own handler.
/// </summary>
internal sealed class LinkFunctions(PlatformApp platform)
{
    [Function("Link_Action")]
    public Task<IActionResult> Action([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/links/{token}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Link_Document")]
    public Task<IActionResult> Document([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{token}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Link_CalendarFeed")]
    public Task<IActionResult> CalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calendar/{token}.ics")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);
}
