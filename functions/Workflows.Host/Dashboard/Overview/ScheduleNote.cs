using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>A series date ahead that falls out (closed day, cancelled by the coordinators) or moves, with why.</summary>
/// <param name="MovedTo">The date it moves to; null when it falls out.</param>
internal sealed record ScheduleNote(LocalDate Date, ScheduleNoteKind Kind, string? Reason, LocalDate? MovedTo);
