using Workflows.Durable;

namespace Workflows.Host.Meetings;

/// <summary>Registers the meeting cycle (orchestrator <c>MeetingCycle</c> and its activities) with a worker's registry.</summary>
public static class MeetingWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, MeetingServices services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        var activities = new MeetingActivities(services);
        return registry
            .AddOrchestrator(MeetingActivityNames.Orchestrator, _ => new MeetingCycleOrchestrator())
            .AddActivityFunc<PlanInput, OccurrencePlan>(MeetingActivityNames.Plan, (_, input) => OccurrencePlanner.Plan(input))
            .AddActivityFunc<MeetingStepInput, bool>(MeetingActivityNames.RequestAgenda, activities.RequestAgendaAsync)
            .AddActivityFunc<MeetingStepInput, InvitationResult>(MeetingActivityNames.Invite, activities.InviteAsync)
            .AddActivityFunc<MeetingStepInput, InvitationResult>(MeetingActivityNames.UpdateInvitation, activities.UpdateInvitationAsync)
            .AddActivityFunc<MeetingStepInput, int>(MeetingActivityNames.Remind, activities.RemindAsync)
            .AddActivityFunc<MeetingStepInput, RsvpVerdict>(MeetingActivityNames.Evaluate, activities.EvaluateAsync)
            .AddActivityFunc<MeetingStepInput, bool>(MeetingActivityNames.Confirm, activities.ConfirmAsync)
            .AddActivityFunc<MeetingStepInput, bool>(MeetingActivityNames.Cancel, activities.CancelAsync)
            .AddActivityFunc<LowTurnoutInput, bool>(MeetingActivityNames.AlertLowTurnout, activities.AlertLowTurnoutAsync)
            .AddActivityFunc<MeetingStepInput, int>(MeetingActivityNames.RecordAttendance, activities.RecordAttendanceAsync)
            .AddActivityFunc<TimelineEvent, bool>(MeetingActivityNames.RecordTimeline, activities.RecordTimelineAsync);
    }

    /// <summary>Starts the cycle of one series (instance <c>meeting:{partnership}:{series}</c>), planning from the day after <paramref name="after"/>.</summary>
    public static Task<string> StartAsync(DurableTaskClient client, SeriesSnapshot series, NodaTime.LocalDate after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(series);
        return client.ScheduleNewOrchestrationInstanceAsync(
            MeetingActivityNames.Orchestrator,
            new MeetingCycleInput(series, NodaTime.Text.LocalDatePattern.Iso.Format(after)),
            new StartOrchestrationOptions(SeriesSnapshots.InstanceId(series.PartnershipId, series.SeriesId)),
            cancellationToken);
    }
}
