using NodaTime;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Api.Series;

/// <summary>
/// Whether a date is an occurrence of a series, by the series' own planning: the one check the API and the dashboard
/// make before a cancel, move or resend reaches the cycle, so neither stores an override for a date the series never
/// meets on (which the cycle would keep for ever and never apply).
/// </summary>
internal static class SeriesDates
{
    /// <param name="today">Dates beyond <see cref="DateHorizon"/> from here are no occurrence: the planner is not asked for them.</param>
    public static bool IsOccurrence(PartnershipConfig config, Meeting meeting, LocalDate date, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(meeting);

        // Bounded first: the planner looks weeks past its window, which overflows at 9999-12-31.
        if (date < meeting.Start || date > DateHorizon.Latest(today))
        {
            return false;
        }

        return PartnershipPlanner.Occurrences(config, meeting, date, date).Occurrences.Any(o => o.Date == date);
    }
}
