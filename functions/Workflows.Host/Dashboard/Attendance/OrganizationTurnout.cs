namespace Workflows.Host.Dashboard.Attendance;

/// <summary>One organization over the chosen series and school year: a bar of the chart and a row of the table.</summary>
/// <param name="Meetings">Held occurrences it was invited to.</param>
/// <param name="Low">Its rate is below the series' low-turnout threshold.</param>
internal sealed record OrganizationTurnout(string OrganizationId, string Name, int Meetings, int Invited, int Attended, bool Low)
{
    /// <summary>Attended / invited (0 when nobody was invited).</summary>
    public double Rate => Invited == 0 ? 0 : (double)Attended / Invited;
}
