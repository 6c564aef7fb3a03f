using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Runtime.VirtualTime;

/// <summary>DTFx's status and failure types in Microsoft.DurableTask's terms (what the Microsoft client shims do).</summary>
internal static class StatusMapping
{
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this OrchestrationStatus status) => status switch
    {
        OrchestrationStatus.Running => OrchestrationRuntimeStatus.Running,
        OrchestrationStatus.Completed => OrchestrationRuntimeStatus.Completed,
#pragma warning disable CS0618 // ContinuedAsNew is obsolete in Microsoft.DurableTask, but DTFx still has the state.
        OrchestrationStatus.ContinuedAsNew => OrchestrationRuntimeStatus.ContinuedAsNew,
        OrchestrationStatus.Canceled => OrchestrationRuntimeStatus.Canceled,
#pragma warning restore CS0618
        OrchestrationStatus.Failed => OrchestrationRuntimeStatus.Failed,
        OrchestrationStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        OrchestrationStatus.Pending => OrchestrationRuntimeStatus.Pending,
        OrchestrationStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration status."),
    };

    public static TaskFailureDetails? ToTaskFailureDetails(this FailureDetails? failure) => failure is null
        ? null
        : new TaskFailureDetails(
            failure.ErrorType,
            failure.ErrorMessage,
            failure.StackTrace,
            failure.InnerFailure.ToTaskFailureDetails(),
            failure.Properties);
}
