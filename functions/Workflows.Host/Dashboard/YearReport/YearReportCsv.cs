using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>
/// The report's figures as CSV for Dutch Excel: UTF-8 with a byte order mark (else Excel reads it as Windows-1252) and
/// ';' between fields (Dutch Excel's list separator, the comma being the decimal one). One row per series and
/// organization with the attendance, then one per occurrence with its outcome, then one per action item; the columns are
/// explained on the page.
/// </summary>
internal static class YearReportCsv
{
    public const char Separator = ';';

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns(YearReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            t.T("Soort", "Kind"),
            t.T("Overleg", "Meeting series"),
            t.T("Organisatie", "Organization"),
            t.T("Datum", "Date"),
            t.T("Bijeenkomsten", "Meetings"),
            t.T("Uitgenodigd", "Invited"),
            t.T("Aanwezig", "Attended"),
            t.T("Opkomst (%)", "Rate (%)"),
            t.T("Reden", "Reason"),
        ];
    }

    /// <summary>The value of the Soort column on an attendance row ("opkomst").</summary>
    public static string AttendanceKind(YearReportTexts t) => t.T("opkomst", "attendance");

    /// <summary>The value of the Soort column on an action item's row ("actiepunt").</summary>
    public static string ActionKind(YearReportTexts t) => t.T("actiepunt", "action item");

    public static byte[] Write(YearReportModel model, YearReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(t);
        var text = new StringBuilder();
        Row(text, Columns(t));
        foreach (var series in model.Series)
        {
            foreach (var o in series.Attendance.Organizations)
            {
                Row(text, [AttendanceKind(t), series.Meeting.Title, o.Name, string.Empty, N(o.Meetings), N(o.Invited), N(o.Attended), N((int)Math.Round(o.Rate * 100, MidpointRounding.AwayFromZero)), string.Empty]);
            }
        }

        foreach (var series in model.Series)
        {
            foreach (var outcome in MeetingOutcome.Of(series))
            {
                Row(text, [t.Outcome(outcome.Kind), series.Meeting.Title, string.Empty, LocalDatePattern.Iso.Format(outcome.Date), string.Empty, string.Empty, string.Empty, string.Empty, outcome.Reason ?? string.Empty]);
            }
        }

        foreach (var series in model.Series)
        {
            foreach (var a in series.ActionItems)
            {
                string state = a.Open ? t.T("open", "open") : t.T("gedaan", "done");
                Row(text, [ActionKind(t), series.Meeting.Title, string.Empty, a.Due, string.Empty, string.Empty, string.Empty, string.Empty, $"{a.What} ({a.OwnerName}; {state})"]);
            }
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");
    }

    /// <summary>
    /// Quoted when it holds a separator, quote or line break; a text that Excel would take for a formula (a reason
    /// typed on the dashboard starting with '=', '+', '-' or '@') gets a leading apostrophe, so it stays text.
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
