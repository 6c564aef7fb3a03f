namespace Workflows.Host.Dashboard.Attendance;

/// <summary>One horizontal bar: a label, a rate from 0 to 1, and whether it is below the threshold.</summary>
/// <param name="Value">The rate as the reader sees it ("62%"), written after the bar.</param>
internal sealed record ChartBar(string Label, double Rate, string Value, bool Low);
