using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>
/// Finds the held occurrence of a verslag route (series id, series date), or the page that says why there is none:
/// no configuration, an unknown series or date (404), an occurrence not held (yet) (409). Every post checks again,
/// so a page opened earlier cannot write a verslag the check now refuses.
/// </summary>
internal static class MinutesTargets
{
    public static async Task<(MinutesTarget? Target, IResult? Refusal)> ResolveAsync(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Config is not { } config)
        {
            return (null, DashboardEndpoints.NoConfig(r, DashboardTab.Attendance));
        }

        string id = r.Route("id");
        if (!TextLimits.Fits(id, TextLimits.Id) || config.FindMeeting(id) is not { } meeting)
        {
            return (null, Refuse(r, StatusCodes.Status404NotFound, r.L("Onbekende overlegreeks", "Unknown meeting series"),
                r.L($"De configuratie heeft geen overlegreeks '{TextLimits.Cut(id, TextLimits.Id)}'.", $"The configuration has no meeting series '{TextLimits.Cut(id, TextLimits.Id)}'."), null));
        }

        string dateText = r.Route("date");
        var date = dateText.Length == 10 ? LocalDatePattern.Iso.Parse(dateText) : null;
        if (date is not { Success: true })
        {
            return (null, Refuse(r, StatusCodes.Status404NotFound, r.L("Onbekende datum", "Unknown date"),
                r.L($"'{TextLimits.Cut(dateText, 12)}' is geen datum (jjjj-mm-dd).", $"'{TextLimits.Cut(dateText, 12)}' is not a date (yyyy-mm-dd)."), null));
        }

        string iso = LocalDatePattern.Iso.Format(date.Value);
        var target = new MinutesTarget(config, meeting, date.Value, iso, SeriesSnapshots.Create(config, meeting));
        var held = await r.Service<DashboardStores>().Attendance.ReadOccurrencesAsync(config.Partnership.Id, meeting.Id, iso, iso, r.Aborted).ConfigureAwait(false);
        return held.Count == 0
            ? (null, Refuse(r, StatusCodes.Status409Conflict, r.L("Nog niet gehouden", "Not held yet"),
                r.L($"{target.When(r)} is (nog) niet gehouden; een verslag kan pas worden geschreven als de bijeenkomst is gehouden. Er is niets veranderd.",
                    $"{target.When(r)} has not been held (yet); minutes can only be written once the meeting has been held. Nothing was changed."),
                MinutesPage.AttendancePath(meeting.Id, date.Value)))
            : (target, null);
    }

    /// <summary>A refusal page on the Attendance tab (where the verslagen are linked from).</summary>
    public static IResult Refuse(DashboardRequest r, int status, string title, string message, string? back)
    {
        ArgumentNullException.ThrowIfNull(r);
        return DashboardLayout.Page(r, DashboardTab.Attendance, title, Html.Of($"""
            <div class="errors" role="alert"><p>{message}</p></div>
            <p><a class="button" href="{back ?? DashboardLayout.Path(DashboardTab.Attendance)}">{r.L("Terug", "Back")}</a></p>
            """), status);
    }
}
