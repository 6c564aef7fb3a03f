using System.Globalization;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>The series and school year asked for in the query string (<c>?series=directieberaad&amp;year=2026</c>).</summary>
/// <param name="Series">Null only when the configuration has no meeting series at all.</param>
internal sealed record AttendanceFilter(Meeting? Series, SchoolYear Year)
{
    /// <summary>The filter, defaulting to the first series and the school year of today; errors for what does not exist.</summary>
    public static (AttendanceFilter Filter, IReadOnlyList<string> Errors) Parse(DashboardRequest r, PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(config);
        var errors = new List<string>();
        var query = r.Http.Request.Query;
        var series = config.Meetings.Count > 0 ? config.Meetings[0] : null;
        if (query.TryGetValue("series", out var asked) && asked.ToString() is { Length: > 0 } id)
        {
            if (!TextLimits.Fits(id, TextLimits.Id))
            {
                // Not repeated in the message: it is no id the configuration could have.
                errors.Add(r.L("Er is geen overleg met die naam.", "There is no meeting series by that name."));
            }
            else if (config.FindMeeting(id) is { } found)
            {
                series = found;
            }
            else
            {
                errors.Add(r.L($"Er is geen overleg '{id}'.", $"There is no meeting series '{id}'."));
            }
        }

        var year = SchoolYear.Containing(r.Today);
        if (query.TryGetValue("year", out var yearText) && yearText.ToString() is { Length: > 0 } text)
        {
            if (SchoolYear.TryParse(text, out var named))
            {
                year = named;
            }
            else
            {
                string shown = text.Length <= 20 ? text : text[..20] + "…";
                errors.Add(r.L(
                    $"'{shown}' is geen schooljaar: geef het beginjaar, bijvoorbeeld {year.StartYear} voor {year.Label}.",
                    $"'{shown}' is not a school year: give the year it starts, for example {year.StartYear} for {year.Label}."));
            }
        }

        return (new AttendanceFilter(series, year), errors);
    }
}
