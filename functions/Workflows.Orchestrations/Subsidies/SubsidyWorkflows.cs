using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>Registers the subsidy round (orchestrator <c>SubsidyRound</c> and its activities) with a worker's registry.</summary>
public static class SubsidyWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator(SubsidyActivityNames.Orchestrator, () => new SubsidyRoundOrchestrator())
            .AddStep<SubsidyActivities, SubsidyStepInput, int>(SubsidyActivityNames.Announce, (a, c, i) => a.AnnounceAsync(c, i))
            .AddStep<SubsidyActivities, SubsidyStepInput, int>(SubsidyActivityNames.Remind, (a, c, i) => a.RemindAsync(c, i))
            .AddStep<SubsidyActivities, SubsidyStepInput, bool>(SubsidyActivityNames.Acknowledge, (a, c, i) => a.AcknowledgeAsync(c, i))
            .AddStep<SubsidyActivities, SubsidyStepInput, bool>(SubsidyActivityNames.Reschedule, (a, c, i) => a.RecordDeadlineChangeAsync(c, i))
            .AddStep<SubsidyActivities, SubsidyStepInput, bool>(SubsidyActivityNames.Close, (a, c, i) => a.CloseAsync(c, i))
            .AddStep<SubsidyActivities, SubsidyStepInput, bool>(SubsidyActivityNames.Withdraw, (a, c, i) => a.WithdrawAsync(c, i));
    }

    /// <summary>Starts a failed round again (same instance) from what it had recorded.</summary>
    public static Task<string> StartAsync(DurableTaskClient client, SubsidyRoundInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        return client.ScheduleNewOrchestrationInstanceAsync(
            SubsidyActivityNames.Orchestrator,
            input,
            new StartOrchestrationOptions(SubsidyRoundSnapshots.InstanceId(input.Round.PartnershipId, input.Round.RoundId)),
            cancellationToken);
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
