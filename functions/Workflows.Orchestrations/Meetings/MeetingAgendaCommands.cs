using Microsoft.DurableTask.Client;
using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Proposing an item for an occurrence's agenda and a coordinator accepting or holding it over. Both write the agenda
/// store; the cycle reads the accepted items when the invitation (or its update) goes out, so nothing is raised to it.
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
        if (changed && client is not null)
        {
            await AgendaChangedAsync(client, partnershipId, seriesId, day, cancellationToken);
        }

        return item;
    }

    /// <summary>
    /// Tells the series' cycle that what goes out with an occurrence changed (an item decided, a document added): when
    /// the invitation already went out it sends "agenda en stukken" <c>agenda.updateWorkingDays</c> before the meeting.
    /// A series without a running cycle is told nothing: what changed is stored for when it runs again.
    /// </summary>
    /// <param name="date">The occurrence, yyyy-MM-dd.</param>
    public static async Task AgendaChangedAsync(DurableTaskClient client, string partnershipId, string seriesId, string date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string id = SeriesSnapshots.InstanceId(partnershipId, seriesId);
        if (await client.GetInstanceAsync(id, cancellation: cancellationToken) is { IsCompleted: false })
        {
            await client.RaiseEventAsync(id, MeetingEvents.AgendaChanged, new AgendaChangedRequest(date), cancellationToken);
        }
    }
}
