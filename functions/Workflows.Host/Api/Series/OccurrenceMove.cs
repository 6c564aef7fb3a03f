using NodaTime;

namespace Workflows.Host.Api.Series;

/// <summary>A validated move of one occurrence: the new date, and the new local times when they change.</summary>
internal sealed record OccurrenceMove(LocalDate NewDate, LocalTime? Start, LocalTime? End);
