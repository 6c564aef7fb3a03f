using Microsoft.DurableTask.Client;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// What a coordinator can do to one occurrence by hand: cancel it, or move it to another date or time. Both raise
/// an event to the series' cycle; invitations already sent are cancelled or updated by the cycle.
/// </summary>
public static class MeetingCoordinatorCommands
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <exception cref="InvalidOperationException">The series has no running cycle.</exception>
    public static async Task CancelOccurrenceAsync(DurableTaskClient client, string partnershipId, string seriesId, LocalDate date, string? reason, CancellationToken cancellationToken = default)
    {
        string id = await RunningAsync(client, partnershipId, seriesId, cancellationToken);
        await client.RaiseEventAsync(id, MeetingEvents.OccurrenceCancel, new OccurrenceCancelRequest(LocalDatePattern.Iso.Format(date), reason), cancellationToken);
    }

    /// <param name="date">The series date of the occurrence (as planned, even if moved before).</param>
    /// <param name="newStart">Local start time on the new date; the series' own time when null.</param>
    /// <exception cref="InvalidOperationException">The series has no running cycle.</exception>
    /// <exception cref="ArgumentException">The new end is not after the new start.</exception>
    public static async Task MoveOccurrenceAsync(DurableTaskClient client, string partnershipId, string seriesId, LocalDate date, LocalDate newDate, LocalTime? newStart, LocalTime? newEnd, string? reason, CancellationToken cancellationToken = default)
    {
        if (newStart is { } s && newEnd is { } e && e <= s)
        {
            throw new ArgumentException("The meeting must end after it starts.", nameof(newEnd));
        }

        string id = await RunningAsync(client, partnershipId, seriesId, cancellationToken);
        var request = new OccurrenceMoveRequest(
            LocalDatePattern.Iso.Format(date),
            LocalDatePattern.Iso.Format(newDate),
            newStart is { } start ? Time.Format(start) : null,
            newEnd is { } end ? Time.Format(end) : null,
            reason);
        await client.RaiseEventAsync(id, MeetingEvents.OccurrenceMove, request, cancellationToken);
    }

    /// <summary>Has the invitation of an invited, not yet started occurrence sent again, unchanged, to every attendee.</summary>
    /// <exception cref="InvalidOperationException">The series has no running cycle.</exception>
    public static async Task ResendInvitationAsync(DurableTaskClient client, string partnershipId, string seriesId, LocalDate date, CancellationToken cancellationToken = default)
    {
        string id = await RunningAsync(client, partnershipId, seriesId, cancellationToken);
        await client.RaiseEventAsync(id, MeetingEvents.OccurrenceResend, new OccurrenceResendRequest(LocalDatePattern.Iso.Format(date)), cancellationToken);
    }

    /// <summary>
    /// A coordinator's answer to <c>meeting.at-risk</c>: the occurrence goes ahead (<c>hold</c>) or is cancelled
    /// (<c>cancel</c>); the cycle acts on it instead of <c>quorum.onMissing</c> at the deadline.
    /// </summary>
    /// <param name="who">Who decided (a person id or a name), for the timeline; null when unknown.</param>
    /// <exception cref="InvalidOperationException">The series has no running cycle.</exception>
    /// <exception cref="ArgumentException">The decision is not <c>hold</c> or <c>cancel</c>.</exception>
    public static async Task DecideAsync(DurableTaskClient client, string partnershipId, string seriesId, LocalDate date, string decision, string? who, CancellationToken cancellationToken = default)
    {
        if (!OccurrenceDecisions.IsKnown(decision))
        {
            throw new ArgumentException($"A decision is '{OccurrenceDecisions.Hold}' or '{OccurrenceDecisions.Cancel}', not '{decision}'.", nameof(decision));
        }

        string id = await RunningAsync(client, partnershipId, seriesId, cancellationToken);
        await client.RaiseEventAsync(id, MeetingEvents.OccurrenceDecision, new OccurrenceDecisionRequest(LocalDatePattern.Iso.Format(date), decision, who), cancellationToken);
    }

    private static async Task<string> RunningAsync(DurableTaskClient client, string partnershipId, string seriesId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        string id = SeriesSnapshots.InstanceId(partnershipId, seriesId);
        var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
        return instance is { IsCompleted: false }
            ? id
            : throw new InvalidOperationException($"Meeting series '{seriesId}' of partnership '{partnershipId}' has no running cycle.");
    }
}
