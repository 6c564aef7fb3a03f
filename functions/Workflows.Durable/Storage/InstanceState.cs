using Workflows.Durable.History;

namespace Workflows.Durable.Storage;

/// <summary>The instance's state row (one per instance, in the instance's partition next to its history).</summary>
internal sealed record InstanceState
{
    public required string Name { get; init; }

    public required OrchestrationRuntimeStatus Status { get; init; }

    public required string ExecutionId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? CustomStatus { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    public ParentInstance? Parent { get; init; }

    /// <summary>Not before this time does a pending start run (StartOrchestrationOptions.StartAt).</summary>
    public DateTimeOffset? ScheduledStartAt { get; init; }

    /// <summary>Events accepted but not yet applied: a start not yet run, events held while suspended.</summary>
    public IReadOnlyList<HistoryEvent> Pending { get; init; } = [];

    /// <summary>Ids of the latest inbound messages: redelivered events are recognised even across ContinueAsNew.</summary>
    public IReadOnlyList<string> Recent { get; init; } = [];

    /// <summary>Turn counter; history and outbox row keys are derived from it.</summary>
    public int Seq { get; init; }

    public const int RecentCapacity = 256;

    public bool IsTerminal => Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    /// <summary>Whether a message with this id was applied lately.</summary>
    public bool Remembers(string messageId) => Recent.Contains(Fingerprint(messageId));

    public InstanceState Remember(IEnumerable<string> messageIds)
    {
        var recent = Recent.Concat(messageIds.Select(Fingerprint)).ToList();
        return this with { Recent = recent.Count > RecentCapacity ? recent[^RecentCapacity..] : recent };
    }

    /// <summary>
    /// Message ids embed instance ids of any length; a fixed-size fingerprint keeps the state row small
    /// (256 × 22 characters) and well under the 64 KiB a string property may hold.
    /// </summary>
    private static string Fingerprint(string messageId)
        => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)), 0, 16).TrimEnd('=');
}
