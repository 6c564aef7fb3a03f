using Workflows.Durable;

namespace Workflows.Host.Subsidies;

/// <summary>Registers the subsidy round (orchestrator <c>SubsidyRound</c> and its activities) with a worker's registry.</summary>
public static class SubsidyWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, SubsidyServices services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        var activities = new SubsidyActivities(services);
        return registry
            .AddOrchestrator(SubsidyActivityNames.Orchestrator, _ => new SubsidyRoundOrchestrator())
            .AddActivityFunc<SubsidyStepInput, int>(SubsidyActivityNames.Announce, activities.AnnounceAsync)
            .AddActivityFunc<SubsidyStepInput, int>(SubsidyActivityNames.Remind, activities.RemindAsync)
            .AddActivityFunc<SubsidyStepInput, bool>(SubsidyActivityNames.Acknowledge, activities.AcknowledgeAsync)
            .AddActivityFunc<SubsidyStepInput, bool>(SubsidyActivityNames.Reschedule, activities.RecordDeadlineChangeAsync)
            .AddActivityFunc<SubsidyStepInput, bool>(SubsidyActivityNames.Close, activities.CloseAsync)
            .AddActivityFunc<SubsidyStepInput, bool>(SubsidyActivityNames.Withdraw, activities.WithdrawAsync);
    }

    /// <summary>Starts a round (instance <c>subsidy:{partnership}:{round}</c>); it announces at once.</summary>
    public static Task<string> StartAsync(DurableTaskClient client, SubsidyRoundSnapshot round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(round);
        return client.ScheduleNewOrchestrationInstanceAsync(
            SubsidyActivityNames.Orchestrator,
            new SubsidyRoundInput(round),
            new StartOrchestrationOptions(SubsidyRoundSnapshots.InstanceId(round.PartnershipId, round.RoundId)),
            cancellationToken);
    }
}
