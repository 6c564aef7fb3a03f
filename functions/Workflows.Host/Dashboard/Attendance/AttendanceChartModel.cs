namespace Workflows.Host.Dashboard.Attendance;

/// <summary>Everything the chart draws, texts already in the coordinator's language.</summary>
/// <param name="Id">Prefix of the ids of the chart's title and description (unique on the page).</param>
/// <param name="Threshold">The low-turnout fraction, drawn as a line.</param>
/// <param name="ThresholdLabel">Text under the line ("drempel 50%").</param>
/// <param name="LowMarker">Text written after a low bar, so "low" is never told by colour alone.</param>
/// <param name="Ticks">Axis labels at 0, 50 and 100 percent.</param>
internal sealed record AttendanceChartModel(
    string Id,
    string Title,
    string Description,
    double Threshold,
    string ThresholdLabel,
    string LowMarker,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<string> Ticks);
