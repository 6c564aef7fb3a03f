using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// Writing, approving and ticking off the verslag of a held occurrence, shared by the API, the dashboard and
/// <c>simulate</c>. Approval starts the minutes orchestration (<see cref="MeetingMinutesOrchestrator"/>).
/// </summary>
public static class MinutesCommands
{
    /// <summary>Instance id of the minutes of one occurrence: <c>minutes:{partnership}:{series}:{date}</c>.</summary>
    public static string InstanceId(string partnershipId, string seriesId, string date) => $"minutes:{partnershipId}:{seriesId}:{date}";

    /// <summary>Checks and saves a draft (text and exactly these action items); nothing is written unless the outcome is <see cref="MinutesOutcome.Saved"/>.</summary>
    public static async Task<MinutesResult> SaveAsync(
        MinutesStore minutes, AttendanceStore attendance, SeriesSnapshot series, string date, string text, IReadOnlyList<ActionItemDraft> actionItems, string savedBy, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentNullException.ThrowIfNull(series);
        var errors = new List<string>();
        if (MinutesRules.Check(series, date, text, actionItems, errors, english: false) is not { } items)
        {
            return new MinutesResult(MinutesOutcome.Invalid, errors, null);
        }

        if ((await attendance.ReadOccurrencesAsync(series.PartnershipId, series.SeriesId, date, date, cancellationToken)).Count == 0)
        {
            return new MinutesResult(MinutesOutcome.NotHeld, [], null);
        }

        var draft = new MeetingMinutes(series.SeriesId, date, text.Trim(), items, at, savedBy);
        var outcome = await minutes.SaveAsync(series.PartnershipId, draft, cancellationToken);
        return outcome switch
        {
            SaveOutcome.Saved => new MinutesResult(MinutesOutcome.Saved, [], await minutes.ReadAsync(series.PartnershipId, series.SeriesId, date, cancellationToken)),
            SaveOutcome.Approved => new MinutesResult(MinutesOutcome.Approved, [], await minutes.ReadAsync(series.PartnershipId, series.SeriesId, date, cancellationToken)),
            _ => new MinutesResult(MinutesOutcome.Conflict, [], null),
        };
    }

    /// <summary>
    /// Approves the verslag and makes sure its orchestration runs (sends it, reminds the owners); null when no verslag
    /// was saved. Approving again starts nothing new: the instance id is the occurrence's own, and an approval whose
    /// start was lost (a crash between the two) is healed by approving again.
    /// </summary>
    /// <param name="start">When the occurrence began (for the timeline and the mail).</param>
    public static async Task<(MeetingMinutes? Minutes, bool Changed)> ApproveAsync(
        MinutesStore minutes, DurableTaskClient client, SeriesSnapshot series, string date, DateTimeOffset start, DateTimeOffset end, string who, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(series);
        var (approved, changed) = await minutes.ApproveAsync(series.PartnershipId, series.SeriesId, date, who, at, cancellationToken);
        if (approved is null)
        {
            return (null, false);
        }

        string id = InstanceId(series.PartnershipId, series.SeriesId, date);
        if (await client.GetInstanceAsync(id, cancellation: cancellationToken) is null)
        {
            var input = new MinutesInput(series, date, start, end, ActionItemReminders.Plan(series, approved.ActionItems, at));
            try
            {
                await client.ScheduleNewOrchestrationInstanceAsync(MinutesActivityNames.Orchestrator, input, new StartOrchestrationOptions(id), cancellationToken);
            }
            catch (InvalidOperationException)
            {
                // Started by a concurrent approval between the read and this start: it sends the same verslag.
            }
        }

        return (approved, changed);
    }

    /// <summary>Ticks an action item off (or reopens it); null when there is no such item.</summary>
    public static Task<ActionItem?> SetDoneAsync(
        MinutesStore minutes, string partnershipId, string seriesId, string date, string key, bool done, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        return minutes.SetDoneAsync(partnershipId, seriesId, date, key, done ? at : null, cancellationToken);
    }
}
