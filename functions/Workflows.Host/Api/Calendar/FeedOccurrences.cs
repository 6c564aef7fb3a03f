using Microsoft.DurableTask.Client;
using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Timeline;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;
using Workflows.Partnerships.Selectors;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// The occurrences of a set of series between two dates, as the Overview reads them: the planner's schedule (closed
/// days already left out, holiday moves applied) with the coordinators' decisions the running cycle holds (moved,
/// cancelled), and the cancellations the timeline recorded (by the partner rule or a coordinator, also those the cycle
/// has since dropped from its input).
/// </summary>
internal static class FeedOccurrences
{
    /// <summary>The series a person is invited to (a member of the group, or its chair), in the configuration's order.</summary>
    public static IReadOnlyList<Meeting> SeriesOf(PartnershipConfig config, string personId)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. config.Meetings.Where(m => config.FindGroup(m.Group) is { } group
            && (string.Equals(group.Chair, personId, StringComparison.Ordinal)
                || SelectorResolver.Resolve(config, group.Members).Any(s => string.Equals(s.Person.Id, personId, StringComparison.Ordinal))))];
    }

    public static async Task<IReadOnlyList<FeedOccurrence>> ReadAsync(
        PartnershipConfig config, IReadOnlyList<Meeting> series, LocalDate from, LocalDate to, DurableTaskClient client, TimelineStore? timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(client);
        var zone = PartnershipPlanner.Zone(config);
        var inputs = await Task.WhenAll(series.Select(m => InputAsync(client, config.Partnership.Id, m.Id, cancellationToken))).ConfigureAwait(false);

        // A cancellation made ahead is recorded when it was made, possibly a year before the date (as the Overview reads it).
        var events = timeline is null ? [] : await timeline.ReadAsync(
            config.Partnership.Id,
            from.PlusYears(-1).AtStartOfDayInZone(zone).ToDateTimeOffset(),
            to.PlusDays(1).AtStartOfDayInZone(zone).ToDateTimeOffset(),
            cancellationToken).ConfigureAwait(false);

        var result = new List<FeedOccurrence>();
        for (int i = 0; i < series.Count; i++)
        {
            var meeting = series[i];
            var overrides = (inputs[i]?.Overrides ?? []).ToDictionary(o => o.Date, StringComparer.Ordinal);
            var cancelled = CancelledDates(events, meeting.Id, zone, overrides);
            foreach (var occurrence in PartnershipPlanner.Occurrences(config, meeting, from, to).Occurrences)
            {
                string date = LocalDatePattern.Iso.Format(occurrence.Date);
                var start = occurrence.Start;
                var end = occurrence.End;
                bool moved = false;
                if (overrides.TryGetValue(date, out var decided) && decided is { Cancelled: false, NewDate: { } newDate })
                {
                    var day = OccurrencePlanner.ParseDate(newDate);
                    var localStart = day + (decided.NewStartTime is { } s ? OccurrencePlanner.ParseTime(s) : start.TimeOfDay);
                    var localEnd = day + (decided.NewEndTime is { } e ? OccurrencePlanner.ParseTime(e) : end.TimeOfDay);
                    start = localStart.InZoneLeniently(zone);
                    end = localEnd.InZoneLeniently(zone);
                    moved = true;
                }

                bool isCancelled = decided is { Cancelled: true } || (!moved && cancelled.Contains(occurrence.Date));
                result.Add(new FeedOccurrence(meeting, occurrence.Date, start, end, isCancelled, moved));
            }
        }

        return [.. result.OrderBy(o => o.Start.ToInstant()).ThenBy(o => o.Meeting.Id, StringComparer.Ordinal)];
    }

    /// <summary>The occurrence UID, the same in every feed and on every refresh: series and planned date, within the partnership.</summary>
    public static string Uid(PartnershipConfig config, FeedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(occurrence);
        return $"{occurrence.Meeting.Id}-{LocalDatePattern.Iso.Format(occurrence.SeriesDate)}@{config.Partnership.Id}.calendar.workflows";
    }

    private static HashSet<LocalDate> CancelledDates(IReadOnlyList<TimelineEvent> events, string seriesId, DateTimeZone zone, Dictionary<string, OccurrenceOverride> overrides)
    {
        var dates = new HashSet<LocalDate>();
        foreach (var e in events)
        {
            if (e is not { Kind: MeetingEvents.Cancelled } || !string.Equals(e.Series, seriesId, StringComparison.Ordinal))
            {
                continue;
            }

            // A date cancelled ahead and moved afterwards: the cycle holds the move, so the cancellation no longer stands.
            if (e.Date is { } named && overrides.TryGetValue(named, out var o) && !o.Cancelled)
            {
                continue;
            }

            if (e.Date is { } date && LocalDatePattern.Iso.Parse(date) is { Success: true, Value: var day })
            {
                dates.Add(day);
            }
            else if (e.Start is { } start)
            {
                dates.Add(Instant.FromDateTimeOffset(start).InZone(zone).Date);
            }
        }

        return dates;
    }

    private static async Task<MeetingCycleInput?> InputAsync(DurableTaskClient client, string partnershipId, string seriesId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(SeriesSnapshots.InstanceId(partnershipId, seriesId), getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return instance is { IsCompleted: false } ? instance.ReadInputAs<MeetingCycleInput>() : null;
    }
}
