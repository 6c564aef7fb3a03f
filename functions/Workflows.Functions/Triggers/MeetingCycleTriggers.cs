using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Functions.Triggers;

/// <summary>The MeetingCycle orchestration and its activities as functions; each delegates to the registered workflow class.</summary>
internal sealed class MeetingCycleTriggers(PlatformApp platform)
{
    [Function(MeetingActivityNames.Orchestrator)]
    public Task<string> Orchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        WorkflowTriggers.OrchestrateAsync<MeetingCycleInput, string>(context, platform);

    [Function(MeetingActivityNames.RequestAgenda)]
    public Task<bool> RequestAgenda([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, bool>(MeetingActivityNames.RequestAgenda, input, function, platform);

    [Function(MeetingActivityNames.Invite)]
    public Task<InvitationResult> Invite([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, InvitationResult>(MeetingActivityNames.Invite, input, function, platform);

    [Function(MeetingActivityNames.UpdateInvitation)]
    public Task<InvitationResult> UpdateInvitation([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, InvitationResult>(MeetingActivityNames.UpdateInvitation, input, function, platform);

    [Function(MeetingActivityNames.Remind)]
    public Task<int> Remind([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, int>(MeetingActivityNames.Remind, input, function, platform);

    [Function(MeetingActivityNames.Evaluate)]
    public Task<RsvpVerdict> Evaluate([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, RsvpVerdict>(MeetingActivityNames.Evaluate, input, function, platform);

    [Function(MeetingActivityNames.Confirm)]
    public Task<bool> Confirm([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, bool>(MeetingActivityNames.Confirm, input, function, platform);

    [Function(MeetingActivityNames.Cancel)]
    public Task<bool> Cancel([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, bool>(MeetingActivityNames.Cancel, input, function, platform);

    [Function(MeetingActivityNames.AlertLowTurnout)]
    public Task<bool> AlertLowTurnout([ActivityTrigger] LowTurnoutInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<LowTurnoutInput, bool>(MeetingActivityNames.AlertLowTurnout, input, function, platform);

    [Function(MeetingActivityNames.RecordAttendance)]
    public Task<int> RecordAttendance([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, int>(MeetingActivityNames.RecordAttendance, input, function, platform);

    [Function(MeetingActivityNames.RecordTimeline)]
    public Task<bool> RecordTimeline([ActivityTrigger] TimelineEntryInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<TimelineEntryInput, bool>(MeetingActivityNames.RecordTimeline, input, function, platform);

    [Function(MeetingActivityNames.WarnAtRisk)]
    public Task<bool> WarnAtRisk([ActivityTrigger] MeetingStepInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<MeetingStepInput, bool>(MeetingActivityNames.WarnAtRisk, input, function, platform);

    [Function(MeetingActivityNames.Plan)]
    public Task<OccurrencePlan> Plan([ActivityTrigger] PlanInput input, FunctionContext function) =>
        WorkflowTriggers.RunAsync<PlanInput, OccurrencePlan>(MeetingActivityNames.Plan, input, function, platform);
}
