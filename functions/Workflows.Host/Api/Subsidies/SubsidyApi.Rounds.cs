using NodaTime;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Subsidies;

/// <summary>
/// What the API and the dashboard share: reading the rounds from their instances, and registering one. Both go
/// through these methods so a round looks and validates the same whichever way a coordinator uses.
/// </summary>
public static partial class SubsidyApi
{
    /// <summary>
    /// Every round of the partnership (instances <c>subsidy:{partnership}:*</c>) with the deadline in force and its
    /// status, by deadline then id.
    /// </summary>
    internal static async Task<IReadOnlyList<SubsidyRoundState>> ReadRoundsAsync(DurableTaskClient client, string partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var list = new List<SubsidyRoundState>();
        var query = new OrchestrationQuery { InstanceIdPrefix = SubsidyRoundSnapshots.InstanceId(partnershipId, string.Empty), FetchInputsAndOutputs = true };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (State(instance) is { } state)
            {
                list.Add(state);
            }
        }

        return [.. list.OrderBy(r => r.Round.Deadline, StringComparer.Ordinal).ThenBy(r => r.Round.RoundId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Validates a round and, when <paramref name="start"/>, starts it. Without <paramref name="start"/> it only
    /// checks (the dashboard's confirmation step): nothing is started either way while there are errors or a conflict.
    /// Messages are Dutch (the API's) or, with <paramref name="english"/>, English (an English dashboard).
    /// </summary>
    internal static async Task<SubsidyRegistration> RegisterRoundAsync(SubsidyRoundRequest body, PartnershipConfig config, DurableTaskClient client, LocalDate today, bool start, bool english, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(client);
        var (round, errors) = Validate(body, config, today, english);
        if (round is null)
        {
            return new SubsidyRegistration(null, errors, null);
        }

        var snapshot = SubsidyRoundSnapshots.Create(config, round, SubsidyRoundSnapshots.FromApi);
        string id = SubsidyRoundSnapshots.InstanceId(snapshot.PartnershipId, snapshot.RoundId);
        if (await client.GetInstanceAsync(id, cancellation: cancellationToken).ConfigureAwait(false) is not null)
        {
            return new SubsidyRegistration(snapshot, [], english
                ? $"There already is a subsidy round '{round.Id}'; choose another id."
                : $"Er is al een subsidieronde '{round.Id}'; kies een ander id.");
        }

        if (start)
        {
            await SubsidyWorkflows.StartAsync(client, snapshot, cancellationToken).ConfigureAwait(false);
        }

        return new SubsidyRegistration(snapshot, [], null);
    }

    private static SubsidyRoundState? State(OrchestrationMetadata instance)
    {
        var input = instance.ReadInputAs<SubsidyRoundInput>();
        if (input?.Round is not { } round)
        {
            return null;
        }

        var status = instance.ReadCustomStatusAs<SubsidyRoundStatus>();
        // The deadline in force is the status's (a change moves date and time together).
        var inForce = status is null ? round : round with { Deadline = status.Deadline, DeadlineTime = status.DeadlineTime };
        return new SubsidyRoundState(inForce, status, instance.RuntimeStatus.ToString());
    }
}
