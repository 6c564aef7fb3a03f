using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Orchestrations.Meetings;

/// <summary>Registers the meeting cycle (orchestrator <c>MeetingCycle</c> and its activities) with a worker's registry.</summary>
public static class MeetingWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator(MeetingActivityNames.Orchestrator, () => new MeetingCycleOrchestrator())
            .AddActivityFunc<PlanInput, OccurrencePlan>(MeetingActivityNames.Plan, (_, input) => OccurrencePlanner.Plan(input))
            .AddStep<MeetingActivities, MeetingStepInput, bool>(MeetingActivityNames.RequestAgenda, (a, c, i) => a.RequestAgendaAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, InvitationResult>(MeetingActivityNames.Invite, (a, c, i) => a.InviteAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, InvitationResult>(
                MeetingActivityNames.UpdateInvitation, (a, c, i) => a.UpdateInvitationAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, int>(MeetingActivityNames.Remind, (a, c, i) => a.RemindAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, RsvpVerdict>(MeetingActivityNames.Evaluate, (a, c, i) => a.EvaluateAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, bool>(MeetingActivityNames.Confirm, (a, c, i) => a.ConfirmAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, bool>(MeetingActivityNames.Cancel, (a, c, i) => a.CancelAsync(c, i))
            .AddStep<MeetingActivities, LowTurnoutInput, bool>(MeetingActivityNames.AlertLowTurnout, (a, c, i) => a.AlertLowTurnoutAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, int>(MeetingActivityNames.RecordAttendance, (a, c, i) => a.RecordAttendanceAsync(c, i))
            .AddStep<MeetingActivities, TimelineEntryInput, bool>(MeetingActivityNames.RecordTimeline, (a, c, i) => a.RecordTimelineAsync(c, i))
            .AddStep<MeetingActivities, MeetingStepInput, bool>(MeetingActivityNames.WarnAtRisk, (a, c, i) => a.WarnAtRiskAsync(c, i));
    }

    /// <summary>Starts a failed cycle again from <paramref name="input"/>, its last good input (same instance id).</summary>
    public static Task<string> RestartAsync(DurableTaskClient client, MeetingCycleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        return client.ScheduleNewOrchestrationInstanceAsync(
            MeetingActivityNames.Orchestrator,
            input,
            new StartOrchestrationOptions(SeriesSnapshots.InstanceId(input.Series.PartnershipId, input.Series.SeriesId)),
            cancellationToken);
    }

    /// <summary>Starts the cycle of one series (instance <c>meeting:{partnership}:{series}</c>), planning from the day after <paramref name="after"/>.</summary>
    public static Task<string> StartAsync(DurableTaskClient client, SeriesSnapshot series, NodaTime.LocalDate after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(series);
        return client.ScheduleNewOrchestrationInstanceAsync(
            MeetingActivityNames.Orchestrator,
            new MeetingCycleInput(series, NodaTime.Text.LocalDatePattern.Iso.Format(after), Occurrences: []),
            new StartOrchestrationOptions(SeriesSnapshots.InstanceId(series.PartnershipId, series.SeriesId)),
            cancellationToken);
    }
}
