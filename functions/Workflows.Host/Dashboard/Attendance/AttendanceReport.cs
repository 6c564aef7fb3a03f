using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>What the Attendance tab shows for one series and school year.</summary>
/// <param name="Held">Occurrences held (with attendance recorded) in the school year.</param>
/// <param name="Organizations">Per organization, in the configuration's order.</param>
/// <param name="Low">Organizations whose turnout fell below <see cref="Meeting.LowTurnout"/> at an occurrence.</param>
/// <param name="Occurrences">The held occurrences by date, each with its presence and whether it was confirmed.</param>
internal sealed record AttendanceReport(
    Meeting Series,
    SchoolYear Year,
    int Held,
    IReadOnlyList<OrganizationTurnout> Organizations,
    IReadOnlyList<LowTurnoutOrganization> Low,
    IReadOnlyList<HeldOccurrencePresence> Occurrences)
{
    public double Threshold => Series.LowTurnout;

    /// <summary>Held occurrences whose figures are still the answers, not a confirmed presence list.</summary>
    public int Unconfirmed => Occurrences.Count(o => !o.Confirmed);
}
