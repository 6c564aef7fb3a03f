namespace Workflows.Host.Meetings;

/// <summary>One organization's invitations and attendances at one occurrence.</summary>
public sealed record OrganizationAttendance(string OrganizationId, int Invited, int Attended);
