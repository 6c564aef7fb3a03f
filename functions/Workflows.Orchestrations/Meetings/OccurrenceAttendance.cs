namespace Workflows.Orchestrations.Meetings;

/// <summary>One stored row: an organization at one held occurrence of a series (date yyyy-MM-dd).</summary>
/// <remarks>Rows written before declines were recorded read with <see cref="Declined"/> 0 and no <see cref="Declines"/>.</remarks>
public sealed record OccurrenceAttendance(string SeriesId, string Date, string OrganizationId, int Invited, int Attended, int Declined, IReadOnlyList<DeclineComment> Declines);
