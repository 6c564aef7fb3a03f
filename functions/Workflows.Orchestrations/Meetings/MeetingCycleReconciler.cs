using Microsoft.DurableTask.Client;
using NodaTime;
using Microsoft.DurableTask;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Brings the running meeting cycles in line with a configuration: a cycle for every series that has none (or
/// whose cycle finished; a failed one goes on from where it was), <c>config-changed</c> with the new snapshot to running cycles whose series changed, and
/// <c>config-changed</c> without a series to cycles whose series is gone (they cancel an invited future
/// occurrence and end).
/// </summary>
public static class MeetingCycleReconciler
{
    public static Task<ReconcileResult> ReconcileAsync(DurableTaskClient client, PartnershipConfig? old, PartnershipConfig @new, CancellationToken cancellationToken = default)
        => ReconcileAsync(client, old, @new, TimeProvider.System, cancellationToken);

    /// <param name="clock">"Today" for new cycles: they plan from the partnership's today on (the simulator passes its virtual clock).</param>
    public static async Task<ReconcileResult> ReconcileAsync(DurableTaskClient client, PartnershipConfig? old, PartnershipConfig @new, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(clock);
        var started = new List<string>();
        var changed = new List<string>();
        var removed = new List<string>();
        var restarted = new List<string>();
        var zone = DateTimeZoneProviders.Tzdb[@new.Partnership.TimeZone];
        var yesterday = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.PlusDays(-1);

        foreach (var meeting in @new.Meetings)
        {
            var snapshot = SeriesSnapshots.Create(@new, meeting);
            string id = SeriesSnapshots.InstanceId(snapshot.PartnershipId, snapshot.SeriesId);
            var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
            if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed }
                && await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken) is { } failed
                && await MeetingCycleRestart.InputAsync(client, failed, snapshot, cancellationToken) is { } restart)
            {
                // A failed cycle goes on from its last good input and what the failed execution did and received since,
                // so nobody is invited twice and the coordinators' requests are kept; the series as configured now.
                await MeetingWorkflows.RestartAsync(client, restart, cancellationToken);
                started.Add(id);
                restarted.Add(id);
                continue;
            }

            if (instance is null || instance.IsCompleted)
            {
                await MeetingWorkflows.StartAsync(client, snapshot, yesterday, cancellationToken);
                started.Add(id);
                continue;
            }

            var before = old?.FindMeeting(meeting.Id) is { } previous ? SeriesSnapshots.Create(old, previous) : null;
            if (!SeriesSnapshots.SameContent(before, snapshot))
            {
                await InstanceEvents.RaiseAsync(client, instance, MeetingEvents.ConfigChanged, new ConfigChangedEvent(snapshot), cancellationToken);
                changed.Add(id);
            }
        }

        // Running cycles, not the old file, say what exists: a series removed while the API was down still ends.
        string prefix = SeriesSnapshots.InstanceId(@new.Partnership.Id, string.Empty);
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = prefix,
            Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended],
        };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            string series = instance.InstanceId[prefix.Length..];
            if (@new.FindMeeting(series) is null)
            {
                await InstanceEvents.RaiseAsync(client, instance, MeetingEvents.ConfigChanged, new ConfigChangedEvent(null), cancellationToken);
                removed.Add(instance.InstanceId);
            }
        }

        return new ReconcileResult(started, changed, removed) { Restarted = restarted };
    }
}
