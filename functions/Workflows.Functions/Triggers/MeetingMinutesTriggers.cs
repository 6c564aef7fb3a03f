using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Functions.Triggers;

/// <summary>The MeetingMinutes orchestration and its activities as functions; each delegates to the registered workflow class.</summary>
internal sealed class MeetingMinutesTriggers(PlatformApp platform)
{
    [Function(MinutesActivityNames.Orchestrator)]
    public Task<string> Orchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        WorkflowTriggers.OrchestrateAsync<MinutesInput, string>(context, platform);

    [Function(MinutesActivityNames.Send)]
    public Task<bool> Send([ActivityTrigger] MinutesStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MinutesStepInput, bool>(MinutesActivityNames.Send, input, function, platform);

    [Function(MinutesActivityNames.RemindActionItem)]
    public Task<bool> RemindActionItem([ActivityTrigger] MinutesStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MinutesStepInput, bool>(MinutesActivityNames.RemindActionItem, input, function, platform);
}
