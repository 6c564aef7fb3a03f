using Workflows.Host.Dashboard.Subsidies;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>Everything the year report and its CSV show for one school year.</summary>
/// <param name="Series">In the configuration's order.</param>
/// <param name="Rounds">The subsidy rounds whose deadline falls in the school year, by deadline.</param>
internal sealed record YearReportModel(SchoolYear Year, IReadOnlyList<SeriesYear> Series, IReadOnlyList<SubsidyRoundView> Rounds);
