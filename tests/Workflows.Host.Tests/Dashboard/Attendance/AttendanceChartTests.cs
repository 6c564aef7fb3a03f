using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Workflows.Host.Dashboard;
using Workflows.Host.Dashboard.Attendance;

namespace Workflows.Host.Tests.Dashboard.Attendance;

/// <summary>The SVG renderer's geometry: bar lengths proportional to the rate, the threshold line where the threshold is.</summary>
public sealed class AttendanceChartTests
{
    private static readonly double[] Rates = [0, 0.25, 0.62, 1];

    [Fact]
    public void Bars_are_as_long_as_their_rate_and_the_threshold_line_stands_at_the_threshold()
    {
        const double threshold = 0.5;
        var model = Model(threshold, [.. Rates.Select((rate, i) => new ChartBar(FormattableString.Invariant($"Organisatie {i}"), rate, FormattableString.Invariant($"{rate * 100:0}%"), rate < threshold))]);

        var svg = Parse(AttendanceChart.Render(model));

        var rects = svg.QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(Rates.Length, rects.Count);
        double full = AttendanceChart.BarMaxWidth;
        for (int i = 0; i < Rates.Length; i++)
        {
            Assert.Equal(AttendanceChart.BarX, Number(rects[i], "x"), 2);
            Assert.Equal(Rates[i] * full, Number(rects[i], "width"), 2);
            Assert.Equal(AttendanceChart.BarHeight, Number(rects[i], "height"), 2);
            Assert.Equal(Rates[i] < threshold, rects[i].ClassList.Contains("low"));
        }

        // Rows do not overlap and stay inside the viewBox.
        var ys = rects.Select(r => Number(r, "y")).ToList();
        Assert.All(ys.Zip(ys.Skip(1)), p => Assert.True(p.Second - p.First >= AttendanceChart.BarHeight));
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(AttendanceChart.Width, box[2], 2);
        Assert.True(ys[^1] + AttendanceChart.BarHeight <= box[3]);
        Assert.Equal("100%", svg.GetAttribute("width"));

        var line = svg.QuerySelector("line.threshold")!;
        Assert.Equal(AttendanceChart.BarX + (threshold * full), Number(line, "x1"), 2);
        Assert.Equal(Number(line, "x1"), Number(line, "x2"), 2);
        Assert.True(Number(line, "y1") <= ys[0] && Number(line, "y2") >= ys[^1] + AttendanceChart.BarHeight, "the line crosses every bar");
        Assert.Equal("drempel 50%", svg.QuerySelector("text.threshold-label")!.TextContent);
    }

    [Fact]
    public void The_chart_is_a_labelled_image_and_low_bars_say_so_in_text()
    {
        var model = Model(0.4, [new ChartBar("Laag College", 0.2, "20%", true), new ChartBar("Hoog College", 0.9, "90%", false)]);

        var svg = Parse(AttendanceChart.Render(model));

        Assert.Equal("img", svg.GetAttribute("role"));
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Opkomst", svg.QuerySelector($"#{labelledBy[0]}")!.TextContent);
        Assert.Equal("title", svg.QuerySelector($"#{labelledBy[0]}")!.LocalName);
        Assert.Equal("desc", svg.QuerySelector($"#{labelledBy[1]}")!.LocalName);
        var values = svg.QuerySelectorAll("text.value").Select(t => t.TextContent).ToList();
        Assert.Equal(["20% \u2013 onder drempel", "90%"], values);
        Assert.Equal(["Laag College", "Hoog College"], svg.QuerySelectorAll("text.label").Select(t => t.TextContent));
        Assert.Equal(AttendanceChart.BarX + (0.4 * AttendanceChart.BarMaxWidth), Number(svg.QuerySelector("line.threshold")!, "x1"), 2);
        Assert.Null(svg.QuerySelector("[style]"));
    }

    [Fact]
    public void Hostile_labels_are_text_not_markup()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var model = Model(0.5, [new ChartBar(hostile, 0.1, "10%\"><b>", true)]) with { Title = hostile, Description = hostile };

        var svg = Parse(AttendanceChart.Render(model));

        Assert.Empty(svg.QuerySelectorAll("script, img, b"));
        Assert.Equal(hostile, svg.QuerySelector("title")!.TextContent);
        Assert.StartsWith("<script>", svg.QuerySelector("rect.bar title")!.TextContent, StringComparison.Ordinal);
    }

    private static AttendanceChartModel Model(double threshold, IReadOnlyList<ChartBar> bars)
        => new("chart", "Opkomst", "Staven per organisatie", threshold, FormattableString.Invariant($"drempel {threshold * 100:0}%"), "onder drempel", bars, ["0%", "50%", "100%"]);

    private static IElement Parse(Html svg)
        => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{svg}</body></html>").QuerySelector("svg.chart")
            ?? throw new InvalidOperationException("No svg.chart rendered.");

    private static double Number(IElement element, string attribute)
        => double.Parse(element.GetAttribute(attribute) ?? throw new InvalidOperationException($"No {attribute}."), CultureInfo.InvariantCulture);
}
