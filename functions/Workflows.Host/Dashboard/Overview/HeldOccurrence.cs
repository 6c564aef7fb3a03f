using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>An occurrence of the school year that took place (the timeline's <c>meeting.held</c>).</summary>
/// <param name="Date">The local date it was held on.</param>
/// <param name="Start">Its start in the partnership's zone, when the event recorded it.</param>
internal sealed record HeldOccurrence(string SeriesId, LocalDate Date, ZonedDateTime? Start, ZonedDateTime? End);
