using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>An instance as the API shows it (close to Durable Functions' status response).</summary>
public sealed record InstanceStatus(
    string InstanceId,
    string Name,
    string RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    JsonNode? Input,
    JsonNode? Output,
    JsonNode? CustomStatus,
    InstanceFailure? FailureDetails)
{
    internal static InstanceStatus From(OrchestrationMetadata m) => new(
        m.InstanceId,
        m.Name,
        m.RuntimeStatus.ToString(),
        m.CreatedAt,
        m.LastUpdatedAt,
        Parse(m.SerializedInput),
        Parse(m.SerializedOutput),
        Parse(m.SerializedCustomStatus),
        InstanceFailure.From(m.FailureDetails));

    /// <summary>Payloads are JSON already; embedded as JSON rather than as strings holding JSON.</summary>
    internal static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}

/// <summary>One page of <c>GET /api/instances</c>; pass <c>continuationToken</c> back for the next.</summary>
public sealed record InstancePage(IReadOnlyList<InstanceStatus> Instances, string? ContinuationToken);

/// <summary>One recorded history event, oldest first.</summary>
public sealed record InstanceHistoryEvent(string EventType, DateTimeOffset At, JsonNode? Event);

/// <summary>The answer to a purge, named as in Durable Functions.</summary>
public sealed record PurgeOutcome(int InstancesDeleted);

/// <summary>The answer to an accepted operation (202): it is queued for the instance.</summary>
public sealed record AcceptedOperation(string InstanceId, string Operation, string StatusUrl);
