using System.Globalization;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>The GET form that picks the series and the school year (ids and years only in the query string).</summary>
internal static class AttendanceFilterForm
{
    /// <summary>How many school years back the list offers (one asked for further back is added to it).</summary>
    private const int YearsBack = 4;

    public static Html Render(DashboardRequest r, PartnershipConfig config, string? seriesId, SchoolYear year)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(config);
        var series = Html.Join(config.Meetings, m => Option(m.Id, m.Title, string.Equals(m.Id, seriesId, StringComparison.Ordinal)));
        int current = SchoolYear.Containing(r.Today).StartYear;
        var years = Enumerable.Range(current - YearsBack, YearsBack + 1)
            .Append(year.StartYear)
            .Distinct()
            .OrderDescending()
            .Select(y => new SchoolYear(y));
        var yearOptions = Html.Join(years, y => Option(y.StartYear.ToString(CultureInfo.InvariantCulture), y.Label, y == year));
        return Html.Of($"""
            <form method="get" action="{DashboardLayout.Path(DashboardTab.Attendance)}" class="filter">
            <div class="field"><label for="series">{r.L("Overleg", "Meeting series")}</label><select id="series" name="series">{series}</select></div>
            <div class="field"><label for="year">{r.L("Schooljaar", "School year")}</label><select id="year" name="year">{yearOptions}</select></div>
            <div class="field"><button type="submit" class="primary">{r.L("Tonen", "Show")}</button></div>
            </form>
            """);
    }

    private static Html Option(string value, string text, bool selected) => selected
        ? Html.Of($"<option value=\"{value}\" selected>{text}</option>")
        : Html.Of($"<option value=\"{value}\">{text}</option>");
}
