using Microsoft.DurableTask.Client;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Dashboard.Overview;
using Workflows.Host.Dashboard.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>
/// Gathers the year report from the readers the tabs use, so its figures are theirs: the overview's cancelled and
/// skipped occurrences (timeline and running cycles) with the timeline's held ones, the Attendance tab's report per
/// series, the Subsidies tab's rounds, and the action items of the verslagen of the year's meetings.
/// </summary>
internal static class YearReportReader
{
    public static async Task<YearReportModel> ReadAsync(DashboardRequest r, PartnershipConfig config, SchoolYear year)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(config);
        var outcomes = OverviewReader.Create(r.Http.RequestServices).ReadYearAsync(config, year.First, year.Last, r.Aborted);
        var attendance = new AttendanceReader(r.Service<DashboardStores>().Attendance);
        var reports = Task.WhenAll(config.Meetings.Select(m => attendance.ReadAsync(config, m, year, r.Aborted)));
        var rounds = SubsidyRoundsReader.ReadAsync(r.Service<DurableTaskClient>(), config, r.Aborted);
        var minutes = r.Service<DashboardStores>().Minutes.ReadAllAsync(config.Partnership.Id, r.Aborted);
        await Task.WhenAll(outcomes, reports, rounds, minutes).ConfigureAwait(false);
        string first = NodaTime.Text.LocalDatePattern.Iso.Format(year.First), last = NodaTime.Text.LocalDatePattern.Iso.Format(year.Last);
        var actions = (await minutes.ConfigureAwait(false))
            .Where(m => string.CompareOrdinal(m.Date, first) >= 0 && string.CompareOrdinal(m.Date, last) <= 0)
            .SelectMany(m => m.ActionItems)
            .ToList();

        var (notHeld, held) = await outcomes.ConfigureAwait(false);
        var perSeries = await reports.ConfigureAwait(false);
        var series = config.Meetings.Select((m, i) => new SeriesYear(
            m,
            [.. held.Where(h => h.SeriesId == m.Id)],
            [.. notHeld.Where(c => c.SeriesId == m.Id)],
            perSeries[i],
            [.. actions.Where(a => a.Series == m.Id).OrderBy(a => a.Due, StringComparer.Ordinal).ThenBy(a => a.What, StringComparer.Ordinal)])).ToList();
        var inYear = (await rounds.ConfigureAwait(false))
            .Where(round => round.Deadline >= year.First && round.Deadline <= year.Last)
            .OrderBy(round => round.Deadline)
            .ThenBy(round => round.Id, StringComparer.Ordinal)
            .ToList();
        return new YearReportModel(year, series, inYear);
    }
}
