using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions.Http;

/// <summary>The API's orchestration-instance routes (<c>/api/instances...</c>) at the <c>Function</c> level, run by <c>serve</c>'s pipeline.</summary>
internal sealed class InstanceFunctions(PlatformApp platform)
{
    [Function("Api_Instances")]
    public Task<IActionResult> Instances([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/instances")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_Instance")]
    public Task<IActionResult> Instance([HttpTrigger(AuthorizationLevel.Function, "get", "delete", Route = "api/instances/{id}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_InstanceHistory")]
    public Task<IActionResult> InstanceHistory([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/instances/{id}/history")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_InstanceEvent")]
    public Task<IActionResult> InstanceEvent([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/instances/{id}/events/{name}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_InstanceSuspend")]
    public Task<IActionResult> InstanceSuspend([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/instances/{id}/suspend")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_InstanceResume")]
    public Task<IActionResult> InstanceResume([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/instances/{id}/resume")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_InstanceTerminate")]
    public Task<IActionResult> InstanceTerminate([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/instances/{id}/terminate")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);
}
