using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions.Http;

/// <summary>The dashboard's Beheer (operations) tab: instance list, detail and actions; <c>Anonymous</c> at the host like every dashboard route.</summary>
internal sealed class DashboardOperationsFunctions(PlatformApp platform)
{
    [Function("Dashboard_Operations")]
    public Task<IActionResult> Operations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/operations")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsInstance")]
    public Task<IActionResult> Instance([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/operations/instances/{id}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsEvent")]
    public Task<IActionResult> Event([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/operations/instances/{id}/events")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsSuspend")]
    public Task<IActionResult> Suspend([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/operations/instances/{id}/suspend")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsResume")]
    public Task<IActionResult> Resume([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/operations/instances/{id}/resume")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsTerminate")]
    public Task<IActionResult> Terminate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/operations/instances/{id}/terminate")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OperationsPurge")]
    public Task<IActionResult> Purge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/operations/instances/{id}/purge")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);
}
