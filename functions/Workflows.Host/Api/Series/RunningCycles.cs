using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;

namespace Workflows.Host.Api.Series;

/// <summary>
/// Reads a series' running cycle and the answers to its invitation: one reading for <c>GET /api/series/{id}/rsvp</c>
/// and the dashboard, so both show the same answers.
/// </summary>
internal static class RunningCycles
{
    /// <returns>Null when the series has no cycle that is still running.</returns>
    public static async Task<RunningCycle?> ReadAsync(DurableTaskClient client, IMessageGateway gateway, string partnershipId, string seriesId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(gateway);
        string instanceId = SeriesSnapshots.InstanceId(partnershipId, seriesId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is not { IsCompleted: false })
        {
            return null;
        }

        var status = instance.ReadCustomStatusAs<MeetingCycleStatus>();
        var input = instance.ReadInputAs<MeetingCycleInput>();
        var progress = await CycleProgress.ReadAsync(client, instanceId, input?.InProgress ?? [], cancellationToken).ConfigureAwait(false);
        var answers = new List<AttendeeResponse>();
        if (RunningCycle.InHand(progress) is { Event: { } invited } current)
        {
            var responses = await gateway.GetResponsesAsync(invited, cancellationToken).ConfigureAwait(false);
            var byEmail = responses.ToDictionary(r => r.Email, StringComparer.OrdinalIgnoreCase);
            foreach (string email in current.Sent?.Attendees ?? [])
            {
                answers.Add(byEmail.TryGetValue(email, out var r) ? r : new AttendeeResponse(email, ResponseStatus.None));
            }
        }

        return new RunningCycle(instanceId, status, input, progress, answers) { Suspended = instance.RuntimeStatus == OrchestrationRuntimeStatus.Suspended };
    }
}
