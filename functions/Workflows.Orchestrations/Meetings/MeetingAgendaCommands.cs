using Microsoft.DurableTask.Client;
using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Proposing an item for an occurrence's agenda and a coordinator accepting, holding over, editing or reordering it.
/// All write the agenda store; the cycle reads the accepted items when the invitation (or its update) goes out. A
/// change to what the agenda carries is raised to the cycle (<c>agenda-changed</c>), which sends the agenda update
/// when the invitation already went out and ignores it otherwise.
/// </summary>
public static class MeetingAgendaCommands
{
    /// <summary>
    /// Stores the proposal (the same person with the same title again is the same item: the first stands) and records
    /// <c>meeting.agenda-item-proposed</c> under the item's key, so a retry records it once.
    /// </summary>
    /// <returns>The stored item and whether this call created it.</returns>
    public static async Task<(AgendaItem Item, bool Created)> ProposeAsync(
        AgendaStore agenda, TimelineStore timeline, AgendaProposal proposal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposal.Title);
        var p = proposal;
        string day = LocalDatePattern.Iso.Format(p.Date);
        string title = p.Title.Trim();
        var item = new AgendaItem(p.SeriesId, day, AgendaItemKeys.Of(p.Who, title), title, string.IsNullOrWhiteSpace(p.Explanation) ? null : p.Explanation.Trim(), p.Who, AgendaItemStates.Proposed, p.At)
        {
            WhoName = p.WhoName,
        };
        var (stored, created) = await agenda.ProposeAsync(p.PartnershipId, item, cancellationToken);
        await timeline.RecordAsync(
            p.PartnershipId,
            $"agenda|{p.SeriesId}|{day}|{stored.Key}",
            new TimelineEvent(stored.ProposedAt, MeetingEvents.AgendaItemProposed, MeetingEvents.Workflow, SeriesSnapshots.InstanceId(p.PartnershipId, p.SeriesId), null, p.SeriesId, p.Start, p.End, stored.Title)
            {
                Date = day,
            },
            cancellationToken);
        return (stored, created);
    }

    /// <summary>
    /// Accepts (<c>accepted</c>) or holds over (<c>held</c>) a proposed item; null when the occurrence has no item with
    /// that key. With a <paramref name="client"/> the series' cycle hears that the agenda changed: when the invitation
    /// already went out it sends the agenda update (<c>agenda.updateWorkingDays</c> before the meeting).
    /// </summary>
    /// <exception cref="ArgumentException">The decision is neither.</exception>
    public static async Task<AgendaItem?> DecideAsync(
        AgendaStore agenda, DurableTaskClient? client, string partnershipId, string seriesId, LocalDate date, string key, string decision, string? who,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        string day = LocalDatePattern.Iso.Format(date);
        var (item, changed) = await agenda.DecideAsync(partnershipId, seriesId, day, key, decision, who, cancellationToken);

        // The same decision again changes no agenda, so no update goes out for it.
        if (changed)
        {
            await AgendaChangedAsync(client, partnershipId, seriesId, day, cancellationToken);
        }

        return item;
    }

    /// <summary>
    /// A coordinator's new title and explanation for an item (its key stays); null when the occurrence has no item
    /// with that key. The cycle hears of it when the item is on the agenda (accepted).
    /// </summary>
    public static async Task<AgendaItem?> EditAsync(
        AgendaStore agenda, DurableTaskClient? client, string partnershipId, string seriesId, LocalDate date, string key, string title, string? explanation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        string day = LocalDatePattern.Iso.Format(date);
        var (item, changed) = await agenda.EditAsync(
            partnershipId, seriesId, day, key, title.Trim(), string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim(), cancellationToken);
        if (changed && item!.State == AgendaItemStates.Accepted)
        {
            await AgendaChangedAsync(client, partnershipId, seriesId, day, cancellationToken);
        }

        return item;
    }

    /// <summary>
    /// Moves an item to <paramref name="position"/> (0-based, clamped) among the occurrence's items; null when there is
    /// no item with that key, else all items in their new order. The cycle hears of it when the order of the accepted
    /// items (what the agenda carries) changed: moving an item past proposed or held ones changes no agenda.
    /// </summary>
    public static async Task<IReadOnlyList<AgendaItem>?> MoveAsync(
        AgendaStore agenda, DurableTaskClient? client, string partnershipId, string seriesId, LocalDate date, string key, int position,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        string day = LocalDatePattern.Iso.Format(date);
        var before = await agenda.ReadAcceptedAsync(partnershipId, seriesId, day, cancellationToken);
        var (items, changed) = await agenda.MoveAsync(partnershipId, seriesId, day, key, position, cancellationToken);
        if (changed && !before.Select(i => i.Key).SequenceEqual(items!.Where(i => i.State == AgendaItemStates.Accepted).Select(i => i.Key), StringComparer.Ordinal))
        {
            await AgendaChangedAsync(client, partnershipId, seriesId, day, cancellationToken);
        }

        return items;
    }

    /// <summary>
    /// Tells the series' cycle that what goes out with occurrence <paramref name="day"/> changed (an item decided,
    /// edited or moved, a document added): when the invitation already went out it sends "agenda en stukken"
    /// <c>agenda.updateWorkingDays</c> before the meeting. A series without a running cycle (or no client) is told
    /// nothing: what changed is stored for when it runs again.
    /// </summary>
    public static async Task AgendaChangedAsync(DurableTaskClient? client, string partnershipId, string seriesId, string day, CancellationToken cancellationToken = default)
    {
        if (client is null)
        {
            return;
        }

        string id = SeriesSnapshots.InstanceId(partnershipId, seriesId);
        if (await client.GetInstanceAsync(id, cancellation: cancellationToken) is { IsCompleted: false })
        {
            await client.RaiseEventAsync(id, MeetingEvents.AgendaChanged, new AgendaChangedRequest(day), cancellationToken);
        }
    }
}
