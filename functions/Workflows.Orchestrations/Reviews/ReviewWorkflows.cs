using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Messaging;

namespace Workflows.Orchestrations.Reviews;

/// <summary>Registers the bestuur talk (orchestrator <c>ConvenantReview</c> and its activities) with a worker's registry.</summary>
public static class ReviewWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator(ReviewActivityNames.Orchestrator, () => new ReviewOrchestrator())
            .AddStep<ReviewActivities, ReviewStepInput, CalendarEventRef>(ReviewActivityNames.Invite, (a, c, i) => a.InviteAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, int>(ReviewActivityNames.Remind, (a, c, i) => a.RemindAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, ReviewVerdict>(ReviewActivityNames.Evaluate, (a, c, i) => a.EvaluateAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, CalendarEventRef?>(ReviewActivityNames.Reschedule, (a, c, i) => a.RescheduleAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, bool>(ReviewActivityNames.RecordOutcome, (a, c, i) => a.RecordOutcomeAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, bool>(ReviewActivityNames.AlertExpiry, (a, c, i) => a.AlertExpiryAsync(c, i))
            .AddStep<ReviewActivities, ReviewStepInput, bool>(ReviewActivityNames.RemindOutcome, (a, c, i) => a.RemindOutcomeAsync(c, i));
    }

    /// <summary>Starts the talks of one convenant from <paramref name="input"/> (a failed one's last good input).</summary>
    public static Task<string> StartAsync(DurableTaskClient client, ReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        return client.ScheduleNewOrchestrationInstanceAsync(
            ReviewActivityNames.Orchestrator,
            input,
            new StartOrchestrationOptions(ConvenantSnapshots.InstanceId(input.Convenant.PartnershipId, input.Convenant.ConvenantId)),
            cancellationToken);
    }

    /// <summary>Starts the talks of one convenant (instance <c>review:{partnership}:{convenant}</c>).</summary>
    public static Task<string> StartAsync(DurableTaskClient client, ConvenantSnapshot convenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(convenant);
        return client.ScheduleNewOrchestrationInstanceAsync(
            ReviewActivityNames.Orchestrator,
            new ReviewInput(convenant),
            new StartOrchestrationOptions(ConvenantSnapshots.InstanceId(convenant.PartnershipId, convenant.ConvenantId)),
            cancellationToken);
    }
}
