namespace Workflows.Host.Dashboard.Attendance;

/// <summary>An organization whose turnout fell below the series' threshold at least once in the school year.</summary>
internal sealed record LowTurnoutOrganization(string OrganizationId, string Name, IReadOnlyList<LowTurnoutOccurrence> Occurrences);
