using Microsoft.DurableTask.Client;
using Workflows.Messaging;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// Brings the bestuur-talk orchestrations in line with a configuration: one for every convenant that has none
/// (or whose orchestration ended; a failed one goes on from its last good input), <c>config-changed</c> with the new snapshot when the convenant changed, and
/// <c>config-changed</c> without one to orchestrations whose convenant is gone (they end).
/// </summary>
public static class ConvenantReviewReconciler
{
    public static async Task<ReconcileResult> ReconcileAsync(DurableTaskClient client, PartnershipConfig? old, PartnershipConfig @new, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(@new);
        var started = new List<string>();
        var changed = new List<string>();
        var removed = new List<string>();
        var restarted = new List<string>();
        foreach (var convenant in @new.Convenants)
        {
            var snapshot = ConvenantSnapshots.Create(@new, convenant);
            string id = ConvenantSnapshots.InstanceId(snapshot.PartnershipId, snapshot.ConvenantId);
            var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
            if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed }
                && await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken) is { } failed
                && failed.ReadInputAs<ReviewInput>() is { } lastGood)
            {
                // A failed year goes on from its last good input: the year, the expiry alerts already sent and the first start kept.
                await ReviewWorkflows.StartAsync(client, lastGood with { Convenant = snapshot, Event = await SentEventAsync(client, id, cancellationToken) ?? lastGood.Event }, cancellationToken);
                started.Add(id);
                restarted.Add(id);
                continue;
            }

            if (instance is null || instance.IsCompleted)
            {
                await ReviewWorkflows.StartAsync(client, snapshot, cancellationToken);
                started.Add(id);
                continue;
            }

            var before = old?.FindConvenant(convenant.Id) is { } previous ? ConvenantSnapshots.Create(old, previous) : null;
            if (!ConvenantSnapshots.SameContent(before, snapshot))
            {
                await InstanceEvents.RaiseAsync(client, instance, ReviewEvents.ConfigChanged, new ConvenantChangedEvent(snapshot), cancellationToken);
                changed.Add(id);
            }
        }

        string prefix = ConvenantSnapshots.InstanceId(@new.Partnership.Id, string.Empty);
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = prefix,
            Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended],
        };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (@new.FindConvenant(instance.InstanceId[prefix.Length..]) is null)
            {
                await InstanceEvents.RaiseAsync(client, instance, ReviewEvents.ConfigChanged, new ConvenantChangedEvent(null), cancellationToken);
                removed.Add(instance.InstanceId);
            }
        }

        return new ReconcileResult(started, changed, removed) { Restarted = restarted };
    }

    /// <summary>The calendar event the failed execution sent or moved last (from its history), so the restart does not invite again.</summary>
    private static async Task<CalendarEventRef?> SentEventAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        var history = await client.GetOrchestrationHistoryAsync(id, cancellationToken);
        CalendarEventRef? sent = null;
        foreach (var done in ExecutionHistory.Completed(history))
        {
            if (done.Name is ReviewActivityNames.Invite or ReviewActivityNames.Reschedule && ExecutionHistory.Read<CalendarEventRef>(done.Result) is { } calendarEvent)
            {
                sent = calendarEvent;
            }
        }

        return sent;
    }
}
