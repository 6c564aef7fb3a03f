using DurableTask.Core;

namespace Workflows.Runtime.VirtualTime;

/// <summary>An instance's state at one moment, safe to read off the runtime's lock (DTFx's OrchestrationState).</summary>
internal sealed record InstanceSnapshot(
    string InstanceId,
    string Name,
    OrchestrationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    string? Input,
    string? Output,
    string? CustomStatus,
    FailureDetails? Failure,
    IReadOnlyDictionary<string, string>? Tags)
{
    public bool IsTerminal => Status is OrchestrationStatus.Completed or OrchestrationStatus.Failed
        or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled;

    public static InstanceSnapshot Of(VirtualInstance instance) => new(
        instance.InstanceId,
        instance.Started.Name,
        instance.Status,
        instance.CreatedAt,
        instance.LastUpdatedAt,
        instance.Started.Input,
        instance.Output,
        instance.CustomStatus,
        instance.Failure,
        instance.Started.Tags is { } tags ? new Dictionary<string, string>(tags) : null);
}
