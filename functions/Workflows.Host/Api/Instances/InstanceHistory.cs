using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// Reads an instance's current execution from the runtime (DTFx <see cref="HistoryEvent"/>s) and shows each event as a
/// small JSON object of the fields worth seeing: names, inputs and results as the workflows wrote them, times, reasons.
/// </summary>
internal static class InstanceHistory
{
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var events = await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. events.Select(ToEntry)];
    }

    /// <summary>An activity's input as the workflow passed it: the Microsoft.DurableTask shim wraps it in a JSON array.</summary>
    public static string? Payload(string? serialized) =>
        serialized is ['[', .. var inner, ']'] ? inner : serialized;

    private static HistoryEntry ToEntry(HistoryEvent e)
    {
        var json = new JsonObject { ["eventId"] = e.EventId };
        switch (e)
        {
            case ExecutionStartedEvent started:
                json["name"] = started.Name;
                json["instanceId"] = started.OrchestrationInstance?.InstanceId;
                json["input"] = started.Input;
                break;
            case TaskScheduledEvent scheduled:
                json["name"] = scheduled.Name;
                json["taskId"] = scheduled.EventId;
                json["input"] = Payload(scheduled.Input);
                break;
            case TaskCompletedEvent completed:
                json["taskId"] = completed.TaskScheduledId;
                json["result"] = completed.Result;
                break;
            case TaskFailedEvent failed:
                json["taskId"] = failed.TaskScheduledId;
                json["failure"] = new JsonObject
                {
                    ["errorType"] = failed.FailureDetails?.ErrorType,
                    ["errorMessage"] = failed.FailureDetails?.ErrorMessage ?? failed.Reason,
                };
                break;
            case TimerCreatedEvent created:
                json["fireAt"] = Utc(created.FireAt);
                break;
            case TimerFiredEvent fired:
                json["timerId"] = fired.TimerId;
                json["fireAt"] = Utc(fired.FireAt);
                break;
            case EventRaisedEvent raised:
                json["name"] = raised.Name;
                json["input"] = raised.Input;
                break;
            case EventSentEvent sent:
                json["name"] = sent.Name;
                json["instanceId"] = sent.InstanceId;
                json["input"] = sent.Input;
                break;
            case ExecutionTerminatedEvent terminated:
                json["reason"] = terminated.Input;
                break;
            case ExecutionSuspendedEvent suspended:
                json["reason"] = suspended.Reason;
                break;
            case ExecutionResumedEvent resumed:
                json["reason"] = resumed.Reason;
                break;
            case ContinueAsNewEvent continued:
                json["input"] = continued.Result;
                break;
            case ExecutionCompletedEvent done:
                json["status"] = done.OrchestrationStatus.ToString();
                json["output"] = done.Result;
                if (done.FailureDetails is { } failure)
                {
                    json["failure"] = new JsonObject { ["errorType"] = failure.ErrorType, ["errorMessage"] = failure.ErrorMessage };
                }

                break;
            default:
                break;
        }

        return new HistoryEntry(e.EventType.ToString(), Utc(e.Timestamp), json.ToJsonString(JsonOptions));
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
