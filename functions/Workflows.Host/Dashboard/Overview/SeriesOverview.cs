using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>One meeting series: the occurrence its cycle has in hand, the ones after it, and the dates that fall out or move.</summary>
/// <param name="Running">Whether the series has a running cycle (only then can coordinators act on it).</param>
internal sealed record SeriesOverview(Meeting Meeting, bool Running, OccurrenceCard? InHand, IReadOnlyList<OccurrenceCard> Upcoming, IReadOnlyList<ScheduleNote> Notes);
