namespace Workflows.Orchestrations.Meetings;

/// <summary>One organization's invitations, attendances and declines at one occurrence.</summary>
/// <param name="Declines">Who declined, with their comments; null (as before) when not known.</param>
public sealed record OrganizationAttendance(string OrganizationId, int Invited, int Attended, int Declined = 0, IReadOnlyList<DeclineComment>? Declines = null);
