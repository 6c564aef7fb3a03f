using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Functions.Triggers;

/// <summary>The SubsidyRound orchestration and its activities as functions; each delegates to the registered workflow class.</summary>
internal sealed class SubsidyRoundTriggers(PlatformApp platform)
{
    [Function(SubsidyActivityNames.Orchestrator)]
    public Task<string> Orchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        WorkflowTriggers.OrchestrateAsync<SubsidyRoundInput, string>(context, platform);

    [Function(SubsidyActivityNames.Announce)]
    public Task<int> Announce([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, int>(SubsidyActivityNames.Announce, input, function, platform);

    [Function(SubsidyActivityNames.Remind)]
    public Task<int> Remind([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, int>(SubsidyActivityNames.Remind, input, function, platform);

    [Function(SubsidyActivityNames.Acknowledge)]
    public Task<bool> Acknowledge([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, bool>(SubsidyActivityNames.Acknowledge, input, function, platform);

    [Function(SubsidyActivityNames.Reschedule)]
    public Task<bool> Reschedule([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, bool>(SubsidyActivityNames.Reschedule, input, function, platform);

    [Function(SubsidyActivityNames.Close)]
    public Task<bool> Close([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, bool>(SubsidyActivityNames.Close, input, function, platform);

    [Function(SubsidyActivityNames.Withdraw)]
    public Task<bool> Withdraw([ActivityTrigger] SubsidyStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<SubsidyStepInput, bool>(SubsidyActivityNames.Withdraw, input, function, platform);
}
