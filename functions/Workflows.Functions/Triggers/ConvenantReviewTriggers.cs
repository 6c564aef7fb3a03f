using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Workflows.Messaging;
using Workflows.Orchestrations.Reviews;

namespace Workflows.Functions.Triggers;

/// <summary>The ConvenantReview orchestration and its activities as functions; each delegates to the registered workflow class.</summary>
internal sealed class ConvenantReviewTriggers(PlatformApp platform)
{
    [Function(ReviewActivityNames.Orchestrator)]
    public Task<string> Orchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        WorkflowTriggers.OrchestrateAsync<ReviewInput, string>(context, platform);

    [Function(ReviewActivityNames.Invite)]
    public Task<CalendarEventRef> Invite([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, CalendarEventRef>(ReviewActivityNames.Invite, input, function, platform);

    [Function(ReviewActivityNames.Remind)]
    public Task<int> Remind([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, int>(ReviewActivityNames.Remind, input, function, platform);

    [Function(ReviewActivityNames.Evaluate)]
    public Task<ReviewVerdict> Evaluate([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, ReviewVerdict>(ReviewActivityNames.Evaluate, input, function, platform);

    [Function(ReviewActivityNames.Reschedule)]
    public Task<CalendarEventRef?> Reschedule([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, CalendarEventRef?>(ReviewActivityNames.Reschedule, input, function, platform);

    [Function(ReviewActivityNames.RecordOutcome)]
    public Task<bool> RecordOutcome([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, bool>(ReviewActivityNames.RecordOutcome, input, function, platform);

    [Function(ReviewActivityNames.RemindOutcome)]
    public Task<bool> RemindOutcome([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, bool>(ReviewActivityNames.RemindOutcome, input, function, platform);

    [Function(ReviewActivityNames.AlertExpiry)]
    public Task<bool> AlertExpiry([ActivityTrigger] ReviewStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<ReviewStepInput, bool>(ReviewActivityNames.AlertExpiry, input, function, platform);
}
