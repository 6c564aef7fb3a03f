namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Payload of <c>occurrence-move</c>: the occurrence of series date <paramref name="Date"/> takes place on
/// <paramref name="NewDate"/> (yyyy-MM-dd), optionally at other local times (HH:mm).
/// </summary>
public sealed record OccurrenceMoveRequest(string Date, string NewDate, string? NewStartTime, string? NewEndTime, string? Reason);
