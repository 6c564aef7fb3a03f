using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// The presence form of the Attendance tab posted: the confirmation page (what will count as present), then the
/// list stored through <see cref="PresenceCommands"/> like <c>POST /api/series/{id}/occurrences/{date}/presence</c>.
/// </summary>
internal static class PresenceAction
{
    public const string OrganizationField = "organization";

    public static string Path => DashboardEndpoints.Prefix + "/attendance/presence";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapAction("/attendance/presence", PostAsync);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, IFormCollection form)
    {
        string title = r.L("Aanwezigheid bevestigen", "Confirm presence");
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Attendance);
        }

        string seriesId = form["series"].ToString();
        string dateText = form["date"].ToString();
        var organizations = form[OrganizationField].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();
        var meeting = TextLimits.Fits(seriesId, TextLimits.Id) ? config.FindMeeting(seriesId) : null;
        var date = LocalDatePattern.Iso.Parse(dateText);
        if (meeting is null || !date.Success || organizations.Count > config.Organizations.Count || organizations.Any(o => !TextLimits.Fits(o, TextLimits.Id)))
        {
            // Only a hand-made request gets here: the form names a configured series, a date and invited organizations.
            return Refuse(r, StatusCodes.Status400BadRequest, title, r.L("Dit formulier noemt geen bijeenkomst of organisaties die bestaan. Er is niets veranderd.", "This form names no meeting or organizations that exist. Nothing was changed."), null);
        }

        string iso = LocalDatePattern.Iso.Format(date.Value);
        string back = $"{DashboardLayout.Path(DashboardTab.Attendance)}?series={Uri.EscapeDataString(meeting.Id)}&year={SchoolYear.Containing(date.Value).StartYear.ToString(CultureInfo.InvariantCulture)}";
        string when = $"{meeting.Title}, {r.Date(date.Value)}";
        var store = r.Service<DashboardStores>().Attendance;
        if (!DashboardForms.IsConfirmed(form))
        {
            var rows = await store.ReadOccurrencesAsync(config.Partnership.Id, meeting.Id, iso, iso, r.Aborted).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return NotHeld(r, title, when, back);
            }

            string names = organizations.Count == 0 ? r.L("geen", "none") : string.Join(", ", organizations.Select(o => config.FindOrganization(o)?.Name ?? o));
            var summary = Html.Of($"""
                <p>{r.L($"De aanwezigheid bij {when} wordt bevestigd: {organizations.Count} van {rows.Count} organisaties aanwezig.", $"The presence of {when} is confirmed: {organizations.Count} of {rows.Count} organizations present.")}</p>
                <p>{r.L("Aanwezig", "Present")}: {names}.</p>
                <p>{r.L("In de opkomstcijfers van deze bijeenkomst tellen daarna deze organisaties als aanwezig en de andere als afwezig. Een eerdere bevestiging voor deze bijeenkomst wordt vervangen.", "The attendance figures of this meeting then count these organizations as present and the others as absent. An earlier confirmation of this meeting is replaced.")}</p>
                """);
            var fields = new List<KeyValuePair<string, string>> { new("series", meeting.Id), new("date", iso) };
            fields.AddRange(organizations.Select(o => new KeyValuePair<string, string>(OrganizationField, o)));
            return DashboardForms.Confirm(r, DashboardTab.Attendance, title, summary, Path, fields, back);
        }

        var result = await PresenceCommands.ConfirmAsync(store, config.Partnership.Id, meeting.Id, iso, organizations, r.Now, r.Aborted).ConfigureAwait(false);
        return result.Outcome switch
        {
            PresenceOutcome.NotHeld => NotHeld(r, title, when, back),
            PresenceOutcome.NotInvited => Refuse(r, StatusCodes.Status400BadRequest, title,
                r.L($"Niet uitgenodigd voor {when}: {string.Join(", ", result.NotInvited)}. Er is niets veranderd.", $"Not invited to {when}: {string.Join(", ", result.NotInvited)}. Nothing was changed."), back),
            _ => DashboardForms.Done(r, DashboardTab.Attendance, title,
                r.L($"De aanwezigheid bij {when} is bevestigd: {organizations.Count} van {result.Invited.Count} organisaties aanwezig.", $"The presence of {when} is confirmed: {organizations.Count} of {result.Invited.Count} organizations present."),
                back),
        };
    }

    private static IResult NotHeld(DashboardRequest r, string title, string when, string back) => Refuse(r, StatusCodes.Status409Conflict, title,
        r.L($"{when} is (nog) niet gehouden; de aanwezigheid kan pas worden bevestigd als de bijeenkomst is gehouden. Er is niets veranderd.", $"{when} has not been held (yet); presence can only be confirmed once the meeting has been held. Nothing was changed."), back);

    private static IResult Refuse(DashboardRequest r, int status, string title, string message, string? back) => DashboardLayout.Page(r, DashboardTab.Attendance, title, Html.Of($"""
        <div class="errors" role="alert"><p>{message}</p></div>
        <p><a class="button" href="{back ?? DashboardLayout.Path(DashboardTab.Attendance)}">{r.L("Terug", "Back")}</a></p>
        """), status);
}
