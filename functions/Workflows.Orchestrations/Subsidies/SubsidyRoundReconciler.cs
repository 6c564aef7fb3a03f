using Microsoft.DurableTask.Client;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Brings running subsidy rounds in line with a configuration: a round for every entry that has none and whose
/// deadline is still ahead, <c>deadline-changed</c> to a running round whose deadline changed in the file, and
/// <c>round-withdrawn</c> to a running round the file no longer has (only when the previous file had it: rounds
/// registered through the API are not the file's to withdraw).
/// </summary>
public static class SubsidyRoundReconciler
{
    public static async Task<ReconcileResult> ReconcileAsync(DurableTaskClient client, PartnershipConfig? old, PartnershipConfig @new, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(clock);
        var started = new List<string>();
        var changed = new List<string>();
        var removed = new List<string>();
        foreach (var round in @new.SubsidyRounds)
        {
            var snapshot = SubsidyRoundSnapshots.Create(@new, round);
            string id = SubsidyRoundSnapshots.InstanceId(snapshot.PartnershipId, snapshot.RoundId);
            var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
            if (instance is null)
            {
                if (clock.GetUtcNow() < SubsidySchedule.DeadlineAt(snapshot))
                {
                    await SubsidyWorkflows.StartAsync(client, snapshot, cancellationToken);
                    started.Add(id);
                }

                continue;
            }

            if (!instance.IsCompleted && old?.FindSubsidyRound(round.Id) is { } before && before.Deadline != round.Deadline)
            {
                await InstanceEvents.RaiseAsync(client, instance, SubsidyEvents.DeadlineChanged, new DeadlineChange(snapshot.Deadline), cancellationToken);
                changed.Add(id);
            }
        }

        foreach (var round in old?.SubsidyRounds ?? [])
        {
            if (@new.FindSubsidyRound(round.Id) is not null)
            {
                continue;
            }

            string id = SubsidyRoundSnapshots.InstanceId(@new.Partnership.Id, round.Id);
            if (await client.GetInstanceAsync(id, cancellation: cancellationToken) is { IsCompleted: false } running)
            {
                await InstanceEvents.RaiseAsync(client, running, SubsidyEvents.RoundWithdrawn, new RoundWithdrawal(), cancellationToken);
                removed.Add(id);
            }
        }

        return new ReconcileResult(started, changed, removed);
    }
}
