using System.Globalization;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// The attendance chart as inline SVG: one horizontal bar per organization, its length the rate, and the series'
/// threshold as a dashed line. Drawn on the server in viewBox units so it scales to any width; coloured by the
/// stylesheet's classes (the page's CSP forbids inline styles and scripts). The threshold line is drawn first, so
/// bars and their texts lie on top of it and stay readable.
/// </summary>
internal static class AttendanceChart
{
    public const double Width = 680;
    public const double BarX = 240;
    public const double BarMaxWidth = 300;
    public const double Top = 8;
    public const double RowHeight = 26;
    public const double BarHeight = 16;
    public const double Bottom = 40;

    /// <summary>Labels longer than this are shortened (the table beside the chart has the full name).</summary>
    private const int MaxLabelLength = 34;

    public static double Height(int bars) => Top + (bars * RowHeight) + Bottom;

    /// <summary>The x where a rate ends: <see cref="BarX"/> plus the rate's share of <see cref="BarMaxWidth"/> (clamped to 0..1).</summary>
    public static double X(double rate) => BarX + (Math.Clamp(rate, 0, 1) * BarMaxWidth);

    public static Html Render(AttendanceChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.Bars.Count;
        double plotBottom = Top + (n * RowHeight);
        string titleId = model.Id + "-title";
        string descId = model.Id + "-desc";
        var bars = Html.Join(model.Bars.Select((bar, i) => Bar(model, bar, i)));
        var ticks = Html.Join(model.Ticks.Select((t, i) => Html.Of($"""<text class="tick" x="{N(X(model.Ticks.Count == 1 ? 0 : (double)i / (model.Ticks.Count - 1)))}" y="{N(plotBottom + 15)}" text-anchor="middle">{t}</text>""")));
        double threshold = X(model.Threshold);
        return Html.Of($"""
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(Width)} {N(Height(n))}" width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="{titleId} {descId}">
            <title id="{titleId}">{model.Title}</title>
            <desc id="{descId}">{model.Description}</desc>
            <line class="threshold" x1="{N(threshold)}" y1="{N(Top - 4)}" x2="{N(threshold)}" y2="{N(plotBottom)}"/>
            {bars}
            <line class="axis" x1="{N(BarX)}" y1="{N(Top - 4)}" x2="{N(BarX)}" y2="{N(plotBottom)}"/>
            <line class="axis" x1="{N(BarX)}" y1="{N(plotBottom)}" x2="{N(BarX + BarMaxWidth)}" y2="{N(plotBottom)}"/>
            {ticks}
            <text class="threshold-label" x="{N(threshold)}" y="{N(plotBottom + 32)}" text-anchor="middle">{model.ThresholdLabel}</text>
            </svg>
            """);
    }

    private static Html Bar(AttendanceChartModel model, ChartBar bar, int index)
    {
        double rowTop = Top + (index * RowHeight);
        double y = rowTop + ((RowHeight - BarHeight) / 2);
        double width = X(bar.Rate) - BarX;
        double baseline = rowTop + (RowHeight / 2) + 4;
        string label = bar.Label.Length > MaxLabelLength ? bar.Label[..(MaxLabelLength - 1)] + "…" : bar.Label;
        string value = bar.Low ? $"{bar.Value} \u2013 {model.LowMarker}" : bar.Value;
        var cls = bar.Low ? Html.Raw("bar low") : Html.Raw("bar");
        var valueCls = bar.Low ? Html.Raw("value low") : Html.Raw("value");
        return Html.Of($"""
            <text class="label" x="{N(BarX - 8)}" y="{N(baseline)}" text-anchor="end">{label}</text>
            <rect class="{cls}" x="{N(BarX)}" y="{N(y)}" width="{N(width)}" height="{N(BarHeight)}"><title>{bar.Label}: {value}</title></rect>
            <text class="{valueCls}" x="{N(BarX + width + 6)}" y="{N(baseline)}">{value}</text>

            """);
    }

    /// <summary>SVG numbers: invariant culture, at most two decimals.</summary>
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
