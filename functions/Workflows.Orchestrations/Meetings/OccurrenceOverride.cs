namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// A coordinator's decision about one series date (yyyy-MM-dd): cancelled, or moved to another date and/or time
/// (local, HH:mm). Kept in the cycle's state until that date has passed.
/// </summary>
public sealed record OccurrenceOverride(string Date, bool Cancelled, string? NewDate, string? NewStartTime, string? NewEndTime, string? Reason);
