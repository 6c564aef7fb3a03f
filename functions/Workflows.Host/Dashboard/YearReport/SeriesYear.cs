using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Dashboard.Overview;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>One series over one school year: what was held, what did not take place and why, and the attendance.</summary>
/// <param name="Attendance">The Attendance tab's own figures for this series and year.</param>
internal sealed record SeriesYear(Meeting Meeting, IReadOnlyList<HeldOccurrence> Held, IReadOnlyList<CancelledOccurrence> NotHeld, AttendanceReport Attendance)
{
    public int CancelledCount => NotHeld.Count(c => !c.Skipped);

    public int SkippedCount => NotHeld.Count(c => c.Skipped);
}
