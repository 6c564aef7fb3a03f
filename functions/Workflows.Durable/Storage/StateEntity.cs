using Azure.Data.Tables;
using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>Maps <see cref="InstanceState"/> to and from its table row; large values go to blobs.</summary>
internal static class StateEntity
{
    private static readonly string[] PayloadProperties = ["Input", "Output", "CustomStatus", "Pending", "Failure"];

    public static async Task<TableEntity> ToEntityAsync(string instanceId, InstanceState state, PayloadStore payloads, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(instanceId, RowKeys.State)
        {
            ["Name"] = state.Name,
            ["Status"] = state.Status.ToString(),
            ["ExecutionId"] = state.ExecutionId,
            ["CreatedAt"] = state.CreatedAt,
            ["LastUpdatedAt"] = state.LastUpdatedAt,
            ["Seq"] = state.Seq,
        };
        if (state.CompletedAt is { } completed)
        {
            entity["CompletedAt"] = completed;
        }

        if (state.ScheduledStartAt is { } startAt)
        {
            entity["ScheduledStartAt"] = startAt;
        }

        entity["Parent"] = DurableJson.Serialize(state.Parent);
        entity["Recent"] = DurableJson.Serialize(state.Recent);
        string? pending = state.Pending.Count == 0 ? null : DurableJson.Serialize(state.Pending.ToList());
        string?[] values = [state.Input, state.Output, state.CustomStatus, pending, DurableJson.Serialize(state.Failure)];
        for (int i = 0; i < PayloadProperties.Length; i++)
        {
            await SetPayloadAsync(entity, PayloadProperties[i], values[i], payloads, cancellationToken).ConfigureAwait(false);
        }

        return entity;
    }

    public static async Task<InstanceState> FromEntityAsync(TableEntity entity, PayloadStore payloads, CancellationToken cancellationToken)
    {
        string?[] values = new string?[PayloadProperties.Length];
        for (int i = 0; i < PayloadProperties.Length; i++)
        {
            values[i] = await GetPayloadAsync(entity, PayloadProperties[i], payloads, cancellationToken).ConfigureAwait(false);
        }

        return new InstanceState
        {
            Name = entity.GetString("Name"),
            Status = Enum.Parse<OrchestrationRuntimeStatus>(entity.GetString("Status")),
            ExecutionId = entity.GetString("ExecutionId"),
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? default,
            LastUpdatedAt = entity.GetDateTimeOffset("LastUpdatedAt") ?? default,
            CompletedAt = entity.GetDateTimeOffset("CompletedAt"),
            ScheduledStartAt = entity.GetDateTimeOffset("ScheduledStartAt"),
            Seq = entity.GetInt32("Seq") ?? 0,
            Failure = DurableJson.Deserialize<TaskFailureDetails>(values[4]),
            Parent = DurableJson.Deserialize<ParentInstance>(entity.GetString("Parent")),
            Recent = DurableJson.Deserialize<List<string>>(entity.GetString("Recent")) ?? [],
            Input = values[0],
            Output = values[1],
            CustomStatus = values[2],
            Pending = DurableJson.Deserialize<List<HistoryEvent>>(values[3]) ?? [],
        };
    }

    /// <summary>Reads only what a status query needs; payloads are fetched when asked for.</summary>
    public static OrchestrationMetadata ToMetadata(TableEntity entity, InstanceState? full)
    {
        return new OrchestrationMetadata(entity.PartitionKey, entity.GetString("Name"))
        {
            RuntimeStatus = Enum.Parse<OrchestrationRuntimeStatus>(entity.GetString("Status")),
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? default,
            LastUpdatedAt = entity.GetDateTimeOffset("LastUpdatedAt") ?? default,
            SerializedInput = full?.Input,
            SerializedOutput = full?.Output,
            SerializedCustomStatus = full?.CustomStatus ?? PropertyChunks.Get(entity, "CustomStatus"),
            FailureDetails = full is not null ? full.Failure : DurableJson.Deserialize<TaskFailureDetails>(PropertyChunks.Get(entity, "Failure")),
        };
    }

    private static async Task SetPayloadAsync(TableEntity entity, string name, string? value, PayloadStore payloads, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > PayloadStore.InlineLimitChars)
        {
            entity[name + "Blob"] = await payloads.PutAsync(entity.PartitionKey, value, cancellationToken).ConfigureAwait(false);
            return;
        }

        PropertyChunks.Set(entity, name, value);
    }

    private static async Task<string?> GetPayloadAsync(TableEntity entity, string name, PayloadStore payloads, CancellationToken cancellationToken)
    {
        string? blob = entity.GetString(name + "Blob");
        return blob is not null
            ? await payloads.GetAsync(blob, cancellationToken).ConfigureAwait(false)
            : PropertyChunks.Get(entity, name);
    }
}
