using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Dashboard.Overview;
using Workflows.Orchestrations.Minutes;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>One series over one school year: what was held, what did not take place and why, and the attendance.</summary>
/// <param name="Attendance">The Attendance tab's own figures for this series and year.</param>
/// <param name="ActionItems">The action items agreed at this year's meetings, in the order due.</param>
internal sealed record SeriesYear(Meeting Meeting, IReadOnlyList<HeldOccurrence> Held, IReadOnlyList<CancelledOccurrence> NotHeld, AttendanceReport Attendance, IReadOnlyList<ActionItem> ActionItems)
{
    public int ActionItemsDone => ActionItems.Count(a => !a.Open);

    public int ActionItemsOpen => ActionItems.Count(a => a.Open);

    public int CancelledCount => NotHeld.Count(c => !c.Skipped);

    public int SkippedCount => NotHeld.Count(c => c.Skipped);
}
