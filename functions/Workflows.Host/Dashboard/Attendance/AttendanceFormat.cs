using System.Globalization;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>How a rate reads on the tab: a whole percentage in the coordinator's culture ("62%").</summary>
internal static class AttendanceFormat
{
    public static string Percent(double fraction, CultureInfo culture)
        => Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("0", culture) + "%";
}
