namespace Workflows.Durable;

/// <summary>Lifecycle of an orchestration instance (same members as Microsoft.DurableTask).</summary>
public enum OrchestrationRuntimeStatus
{
    Running,
    Completed,
    Failed,
    Terminated,
    Pending,
    Suspended,
}
