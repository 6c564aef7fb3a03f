using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Brings running subsidy rounds in line with a configuration: a round for every entry that has none and whose
/// deadline is still ahead (a failed one goes on with its recorded answers), <c>deadline-changed</c> to a running round whose deadline changed in the file, and
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
        var restarted = new List<string>();
        foreach (var round in @new.SubsidyRounds)
        {
            var snapshot = SubsidyRoundSnapshots.Create(@new, round);
            string id = SubsidyRoundSnapshots.InstanceId(snapshot.PartnershipId, snapshot.RoundId);
            var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
            if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed }
                && await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken) is { } failed)
            {
                var restart = await RestartInputAsync(client, failed, snapshot, old?.FindSubsidyRound(round.Id) is { } previous && (previous.Deadline != round.Deadline || previous.DeadlineTime != round.DeadlineTime), cancellationToken);
                if (clock.GetUtcNow() < SubsidySchedule.DeadlineAt(restart.Round))
                {
                    await SubsidyWorkflows.StartAsync(client, restart, cancellationToken);
                    started.Add(id);
                    restarted.Add(id);
                }

                continue;
            }

            if (instance is null)
            {
                if (clock.GetUtcNow() < SubsidySchedule.DeadlineAt(snapshot))
                {
                    await SubsidyWorkflows.StartAsync(client, snapshot, cancellationToken);
                    started.Add(id);
                }

                continue;
            }

            if (!instance.IsCompleted && old?.FindSubsidyRound(round.Id) is { } before && (before.Deadline != round.Deadline || before.DeadlineTime != round.DeadlineTime))
            {
                var change = new DeadlineChange(SubsidyDeadline.Format(round.Deadline, round.DeadlineTime));
                await InstanceEvents.RaiseAsync(client, instance, SubsidyEvents.DeadlineChanged, change, cancellationToken);
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

        return new ReconcileResult(started, changed, removed) { Restarted = restarted };
    }

    /// <summary>
    /// What a failed round goes on with: the answers it had (none asked again) and the deadline in force (also one
    /// changed through the API) as its last scheduled step carried them, unless the file changed the deadline since;
    /// announced already when the announcement was scheduled (or the failed execution was itself a restart).
    /// </summary>
    /// <remarks>The steps' inputs are read from the failed execution's history: a failed instance keeps no custom status.</remarks>
    private static async Task<SubsidyRoundInput> RestartInputAsync(
        DurableTaskClient client, OrchestrationMetadata failed, SubsidyRoundSnapshot snapshot, bool fileChangedDeadline, CancellationToken cancellationToken)
    {
        var last = failed.ReadInputAs<SubsidyRoundInput>();
        bool announced = last?.Announced == true;
        var answers = last?.Answers ?? [];
        string deadline = last?.Round.Deadline ?? snapshot.Deadline;
        string? time = last is null ? snapshot.DeadlineTime : last.Round.DeadlineTime;
        foreach (var scheduled in (await client.GetOrchestrationHistoryAsync(failed.InstanceId, cancellationToken)).OfType<TaskScheduledEvent>())
        {
            announced |= scheduled.Name == SubsidyActivityNames.Announce;
            if (scheduled.Name is not null && scheduled.Name.StartsWith("Subsidy", StringComparison.Ordinal)
                && scheduled.Input is { } json && WorkflowJson.Converter.Deserialize<SubsidyStepInput>(ExecutionHistory.Unwrapped(json)) is { } step)
            {
                answers = step.Answers;
                deadline = step.Round.Deadline;
                time = step.Round.DeadlineTime;
            }
        }

        return new SubsidyRoundInput(fileChangedDeadline ? snapshot : snapshot with { Deadline = deadline, DeadlineTime = time }, answers, announced);
    }
}
