using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>An occurrence of the school year that did not or will not take place, with the reason recorded for it.</summary>
/// <param name="Date">The local date it would have been held on.</param>
/// <param name="Skipped">Fell on a closed day (else cancelled: by the quorum rule or the coordinators).</param>
internal sealed record CancelledOccurrence(string SeriesId, string SeriesTitle, LocalDate Date, bool Skipped, string? Reason);
