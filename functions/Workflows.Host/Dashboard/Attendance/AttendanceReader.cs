using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// Gathers the tab's figures from the attendance rows the meeting cycle writes after each held occurrence
/// (<see cref="AttendanceStore"/>), judged against the series' low-turnout threshold as the RSVP rule judges it:
/// below, not at, the fraction.
/// </summary>
/// <remarks>
/// Where a coordinator confirmed the presence list of an occurrence (<see cref="AttendanceStore.ConfirmPresenceAsync"/>),
/// that list replaces the answers for it: confirmation is per organization, so an organization present counts all its
/// invitations as attended and one absent none (whoever had accepted). Unconfirmed occurrences keep the answers.
/// </remarks>
internal sealed class AttendanceReader(AttendanceStore store)
{
    public async Task<AttendanceReport> ReadAsync(PartnershipConfig config, Meeting series, SchoolYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(series);
        string from = LocalDatePattern.Iso.Format(year.First), to = LocalDatePattern.Iso.Format(year.Last);
        var rows = store.ReadOccurrencesAsync(config.Partnership.Id, series.Id, from, to, cancellationToken);
        var confirmations = store.ReadPresenceAsync(config.Partnership.Id, series.Id, from, to, cancellationToken);
        return Summarize(config, series, year, await rows.ConfigureAwait(false), await confirmations.ConfigureAwait(false));
    }

    public static AttendanceReport Summarize(
        PartnershipConfig config, Meeting series, SchoolYear year, IReadOnlyList<OccurrenceAttendance> rows, IReadOnlyList<PresenceConfirmation> confirmations)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(confirmations);
        double threshold = series.LowTurnout;
        var confirmed = confirmations
            .GroupBy(c => c.Date, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Organizations.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var dated = rows
            .Select(r => confirmed.TryGetValue(r.Date, out var present) ? r with { Attended = present.Contains(r.OrganizationId) ? r.Invited : 0 } : r)
            .Select(r => (Row: r, Date: LocalDatePattern.Iso.Parse(r.Date)))
            .Where(d => d.Date.Success && d.Date.Value >= year.First && d.Date.Value <= year.Last)
            .Select(d => (d.Row, Date: d.Date.Value))
            .ToList();

        // The configuration's order (it groups organizations by kind); one no longer configured goes last, by id.
        var order = config.Organizations.Select((o, i) => (o.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        int Rank(string id) => order.TryGetValue(id, out int i) ? i : int.MaxValue;
        string Name(string id) => config.FindOrganization(id)?.Name ?? id;

        var organizations = dated
            .GroupBy(d => d.Row.OrganizationId, StringComparer.Ordinal)
            .Select(g =>
            {
                int invited = g.Sum(d => d.Row.Invited);
                int attended = g.Sum(d => d.Row.Attended);
                return new OrganizationTurnout(g.Key, Name(g.Key), g.Count(), invited, attended, IsLow(invited, attended, threshold));
            })
            .OrderBy(o => Rank(o.OrganizationId))
            .ThenBy(o => o.OrganizationId, StringComparer.Ordinal)
            .ToList();

        var low = dated
            .Where(d => IsLow(d.Row.Invited, d.Row.Attended, threshold))
            .GroupBy(d => d.Row.OrganizationId, StringComparer.Ordinal)
            .Select(g => new LowTurnoutOrganization(
                g.Key,
                Name(g.Key),
                [.. g.OrderBy(d => d.Date).Select(d => new LowTurnoutOccurrence(d.Date, d.Row.Invited, d.Row.Attended, d.Row.Declined, d.Row.Declines))]))
            .OrderBy(o => Rank(o.OrganizationId))
            .ThenBy(o => o.OrganizationId, StringComparer.Ordinal)
            .ToList();

        var occurrences = dated
            .GroupBy(d => d.Date)
            .OrderBy(g => g.Key)
            .Select(g => new HeldOccurrencePresence(
                g.Key,
                [.. g.Select(d => d.Row.OrganizationId).Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal)],
                g.Where(d => d.Row.Attended > 0).Select(d => d.Row.OrganizationId).ToHashSet(StringComparer.Ordinal),
                confirmed.ContainsKey(g.First().Row.Date)))
            .ToList();
        return new AttendanceReport(series, year, occurrences.Count, organizations, low, occurrences);
    }

    /// <summary>Nobody invited is not low turnout: there was nobody to turn out (as in Partnerships.Rules.Turnout).</summary>
    private static bool IsLow(int invited, int attended, double threshold) => invited > 0 && (double)attended / invited < threshold;
}
