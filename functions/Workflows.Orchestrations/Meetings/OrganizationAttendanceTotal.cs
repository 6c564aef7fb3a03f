namespace Workflows.Orchestrations.Meetings;

/// <summary>An organization's totals over every occurrence recorded.</summary>
public sealed record OrganizationAttendanceTotal(string OrganizationId, int Meetings, int Invited, int Attended);
