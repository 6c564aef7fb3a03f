using System.Text.Json.Serialization;

namespace Workflows.Durable.History;

/// <summary>
/// One fact in an instance's event-sourced history. The history is the truth: orchestrator code is replayed
/// against it, and every inbound message is deduplicated against it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$t")]
[JsonDerivedType(typeof(OrchestratorStarted), "turn")]
[JsonDerivedType(typeof(ExecutionStarted), "start")]
[JsonDerivedType(typeof(ExecutionCompleted), "done")]
[JsonDerivedType(typeof(ExecutionTerminated), "terminate")]
[JsonDerivedType(typeof(ExecutionSuspended), "suspend")]
[JsonDerivedType(typeof(ExecutionResumed), "resume")]
[JsonDerivedType(typeof(TaskScheduled), "task")]
[JsonDerivedType(typeof(TaskCompleted), "task-ok")]
[JsonDerivedType(typeof(TaskFailed), "task-fail")]
[JsonDerivedType(typeof(TimerCreated), "timer")]
[JsonDerivedType(typeof(TimerFired), "timer-fired")]
[JsonDerivedType(typeof(SubOrchestrationCreated), "sub")]
[JsonDerivedType(typeof(SubOrchestrationCompleted), "sub-ok")]
[JsonDerivedType(typeof(SubOrchestrationFailed), "sub-fail")]
[JsonDerivedType(typeof(EventSent), "send")]
[JsonDerivedType(typeof(EventRaised), "event")]
public abstract record HistoryEvent
{
    /// <summary>When the engine recorded the event (the orchestration's clock, which may be virtual).</summary>
    public DateTimeOffset At { get; init; }
}

/// <summary>Opens a turn; its time is what <c>CurrentUtcDateTime</c> returns while the turn's events are replayed.</summary>
public sealed record OrchestratorStarted : HistoryEvent;

/// <summary>Who started a sub-orchestration, so its completion can be reported back.</summary>
public sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskId);

public sealed record ExecutionStarted(string Name, string? Input, string ExecutionId, ParentInstance? Parent = null, string? MessageId = null) : HistoryEvent;

public sealed record ExecutionCompleted(OrchestrationRuntimeStatus Status, string? Output, TaskFailureDetails? Failure) : HistoryEvent;

public sealed record ExecutionTerminated(string? Reason, string? MessageId = null) : HistoryEvent;

public sealed record ExecutionSuspended(string? Reason, string? MessageId = null) : HistoryEvent;

public sealed record ExecutionResumed(string? Reason, string? MessageId = null) : HistoryEvent;

/// <summary>Base of events that the orchestrator itself schedules; replay matches them to code by task id.</summary>
public abstract record ScheduledEvent(int TaskId) : HistoryEvent;

/// <summary>Base of events that complete a scheduled task.</summary>
public abstract record CompletionEvent(int TaskId) : HistoryEvent;

public sealed record TaskScheduled(int TaskId, string Name, string? Input, string IdempotencyKey) : ScheduledEvent(TaskId);

public sealed record TaskCompleted(int TaskId, string? Result) : CompletionEvent(TaskId);

public sealed record TaskFailed(int TaskId, TaskFailureDetails Failure) : CompletionEvent(TaskId);

public sealed record TimerCreated(int TaskId, DateTimeOffset FireAt) : ScheduledEvent(TaskId);

public sealed record TimerFired(int TaskId, DateTimeOffset FireAt) : CompletionEvent(TaskId);

public sealed record SubOrchestrationCreated(int TaskId, string Name, string InstanceId, string? Input) : ScheduledEvent(TaskId);

public sealed record SubOrchestrationCompleted(int TaskId, string? Result) : CompletionEvent(TaskId);

public sealed record SubOrchestrationFailed(int TaskId, TaskFailureDetails Failure) : CompletionEvent(TaskId);

public sealed record EventSent(int TaskId, string InstanceId, string Name, string? Input) : ScheduledEvent(TaskId);

public sealed record EventRaised(string Name, string? Input, string MessageId) : HistoryEvent;
