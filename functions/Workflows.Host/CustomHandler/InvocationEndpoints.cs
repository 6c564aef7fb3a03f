using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Durable;
using Workflows.Host.Hosting;

namespace Workflows.Host.CustomHandler;

/// <summary>
/// The custom-handler side of the queue and timer functions: <c>POST /{FunctionName}</c> per invocation. A 200
/// tells the host the message is done (it deletes it); any other status is a failed invocation, which the host
/// retries and, after <c>maxDequeueCount</c> deliveries, moves to its poison queue. Mapped only under the
/// Functions host: on <c>serve</c>'s public port these routes would let anyone inject engine messages.
/// </summary>
internal static class InvocationEndpoints
{
    public static IEndpointRouteBuilder MapFunctionInvocations(this IEndpointRouteBuilder endpoints, string taskHub)
    {
        foreach (var function in FunctionCatalog.Triggers(taskHub))
        {
            endpoints.MapPost("/" + function.Name, (HttpContext http, JsonElement body, CancellationToken ct) => InvokeAsync(function, http, body, ct))
                .WithName(function.Name)
                .ExcludeFromDescription();
        }

        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(TriggerFunction function, HttpContext http, JsonElement body, CancellationToken cancellationToken)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Workflows.Host.CustomHandler");
        string invocationId = http.Request.Headers["X-Azure-Functions-InvocationId"].ToString();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FunctionName"] = function.Name, ["InvocationId"] = invocationId });
        InvocationRequest request;
        try
        {
            request = InvocationRequest.Parse(body);
        }
        catch (InvalidInvocationException e)
        {
            Log.InvalidInvocation(logger, function.Name, e.Message);
            return Results.Json(InvocationResponse.WithLogs(e.Message), statusCode: StatusCodes.Status400BadRequest);
        }

        return function.Kind == TriggerKind.Timer
            ? await TimerAsync(function, request, http.RequestServices, logger, cancellationToken).ConfigureAwait(false)
            : await QueueAsync(function, request, http.RequestServices, logger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> QueueAsync(TriggerFunction function, InvocationRequest request, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        string message;
        long dequeueCount;
        try
        {
            message = request.QueueMessage(function.BindingName);
            dequeueCount = request.DequeueCount();
        }
        catch (InvalidInvocationException e)
        {
            Log.InvalidInvocation(logger, function.Name, e.Message);
            return Results.Json(InvocationResponse.WithLogs(e.Message), statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await services.GetRequiredService<DurableTaskWorker>().ProcessMessageAsync(message, dequeueCount, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not done: the host makes the message visible again and counts the delivery towards poison.
            Log.MessageFailed(logger, e, function.Name, dequeueCount);
            return Results.Json(InvocationResponse.WithLogs($"{function.Name} failed: {e.GetType().Name}"), statusCode: StatusCodes.Status500InternalServerError);
        }

        Log.MessageProcessed(logger, function.Name, dequeueCount);
        return Results.Json(InvocationResponse.WithLogs($"{function.Name}: message processed (delivery {dequeueCount})"));
    }

    private static async Task<IResult> TimerAsync(TriggerFunction function, InvocationRequest request, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        if (request.TimerIsPastDue(function.BindingName))
        {
            Log.TimerPastDue(logger, function.Name);
        }

        try
        {
            var result = await services.GetRequiredService<Housekeeping>().RunAsync(cancellationToken).ConfigureAwait(false);
            return Results.Json(InvocationResponse.WithLogs($"{function.Name}: {result.TimersFired} due timers fired, {result.OutboxRowsRelayed} outbox rows relayed"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TimerFailed(logger, e, function.Name);
            return Results.Json(InvocationResponse.WithLogs($"{function.Name} failed: {e.GetType().Name}"), statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
