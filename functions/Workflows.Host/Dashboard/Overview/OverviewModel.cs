using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>What the Overview tab shows: every meeting series, and the school year's cancelled and skipped occurrences.</summary>
internal sealed record OverviewModel(IReadOnlyList<SeriesOverview> Series, IReadOnlyList<CancelledOccurrence> Cancelled, LocalDate SchoolYearStart, LocalDate SchoolYearEnd);
