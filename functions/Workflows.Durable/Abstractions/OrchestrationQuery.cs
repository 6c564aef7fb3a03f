namespace Workflows.Durable;

/// <summary>Filter for <see cref="DurableTaskClient.GetAllInstancesAsync"/>; every criterion is optional.</summary>
public sealed record OrchestrationQuery
{
    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    public string? InstanceIdPrefix { get; init; }

    public int PageSize { get; init; } = 100;

    public string? ContinuationToken { get; init; }

    public bool FetchInputsAndOutputs { get; init; }
}

/// <summary>How many instances a purge removed.</summary>
public sealed record PurgeResult(int PurgedInstanceCount);

/// <summary>
/// One recorded history event of an instance, for operators: type, time, and the event as JSON with its type
/// discriminator, so a list of them can be saved and replayed (<see cref="OrchestrationReplayer"/>).
/// </summary>
public sealed record HistoryEntry(string EventType, DateTimeOffset At, string Json);
