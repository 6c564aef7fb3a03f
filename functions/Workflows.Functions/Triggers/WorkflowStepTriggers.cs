using Microsoft.Azure.Functions.Worker;
using Workflows.Orchestrations;

namespace Workflows.Functions.Triggers;

/// <summary>The activity every workflow calls when one of its steps failed for good, as a function.</summary>
internal sealed class WorkflowStepTriggers(PlatformApp platform)
{
    [Function(WorkflowEvents.ReportStepFailed)]
    public Task<bool> ReportStepFailed([ActivityTrigger] StepFailedInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<StepFailedInput, bool>(WorkflowEvents.ReportStepFailed, input, function, platform);
}
