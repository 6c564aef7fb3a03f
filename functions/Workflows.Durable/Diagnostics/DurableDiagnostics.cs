namespace Workflows.Durable;

/// <summary>
/// Names under which the engine publishes OpenTelemetry-compatible traces and metrics
/// (<see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>).
/// A host subscribes with <c>AddSource(ActivitySourceName)</c> / <c>AddMeter(MeterName)</c>. Tags carry
/// instance ids, orchestration and activity names and outcomes only: never inputs, outputs or messages,
/// which may hold personal data.
/// </summary>
public static class DurableDiagnostics
{
    public const string ActivitySourceName = "Workflows.Durable";

    public const string MeterName = "Workflows.Durable";

    /// <summary>Span of one orchestration turn (load, replay, commit, relay).</summary>
    public const string TurnSpan = "workflows.durable.turn";

    /// <summary>Span of one activity execution.</summary>
    public const string ActivitySpan = "workflows.durable.activity";

    public const string InstanceIdTag = "workflows.durable.instance_id";
    public const string OrchestrationTag = "workflows.durable.orchestration";
    public const string ActivityTag = "workflows.durable.activity";
    public const string TaskIdTag = "workflows.durable.task_id";
    public const string OutcomeTag = "workflows.durable.outcome";
    public const string KindTag = "workflows.durable.kind";
    public const string HubTag = "workflows.durable.hub";

    /// <summary>Counter of turns; tags orchestration, outcome (committed, unchanged, failed, abandoned).</summary>
    public const string TurnsMetric = "workflows.durable.turns";

    /// <summary>Histogram of turn durations in seconds; tags as <see cref="TurnsMetric"/>.</summary>
    public const string TurnDurationMetric = "workflows.durable.turn.duration";

    /// <summary>Histogram of activity durations in seconds; tags activity, outcome (completed, failed, not-found, abandoned).</summary>
    public const string ActivityDurationMetric = "workflows.durable.activity.duration";

    /// <summary>Counter of failures; tags kind (turn: retried from its messages; activity: reported to the orchestration) and the orchestration or activity name.</summary>
    public const string FailuresMetric = "workflows.durable.failures";

    /// <summary>Counter of messages given up on; tags hub, kind (control, activity, unreadable).</summary>
    public const string PoisonMessagesMetric = "workflows.durable.poison_messages";

    /// <summary>Counter of HTTP requests to Azure Storage (each retry too); tags hub, http.request.method.</summary>
    public const string StorageRequestsMetric = "workflows.durable.storage.requests";
}
