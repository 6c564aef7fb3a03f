using Workflows.Durable;
using Workflows.Messaging;

namespace Workflows.Host.Reviews;

/// <summary>Registers the bestuur talk (orchestrator <c>ConvenantReview</c> and its activities) with a worker's registry.</summary>
public static class ReviewWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, ReviewServices services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        var activities = new ReviewActivities(services);
        return registry
            .AddOrchestrator(ReviewActivityNames.Orchestrator, _ => new ReviewOrchestrator())
            .AddActivityFunc<ReviewStepInput, CalendarEventRef>(ReviewActivityNames.Invite, activities.InviteAsync)
            .AddActivityFunc<ReviewStepInput, int>(ReviewActivityNames.Remind, activities.RemindAsync)
            .AddActivityFunc<ReviewStepInput, ReviewVerdict>(ReviewActivityNames.Evaluate, activities.EvaluateAsync)
            .AddActivityFunc<ReviewStepInput, CalendarEventRef?>(ReviewActivityNames.Reschedule, activities.RescheduleAsync)
            .AddActivityFunc<ReviewStepInput, bool>(ReviewActivityNames.RecordOutcome, activities.RecordOutcomeAsync)
            .AddActivityFunc<ReviewStepInput, bool>(ReviewActivityNames.AlertExpiry, activities.AlertExpiryAsync);
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
