using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Moving one occurrence to another date and/or time: form, the API's own checks (<see cref="OccurrenceInput.Move"/>),
/// confirmation, then the same command as <c>POST /api/series/{id}/occurrences/{date}/move</c>.
/// </summary>
internal static class MoveAction
{
    public const string Route = "/series/{id}/occurrences/{date}/move";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapOccurrenceAction(Route, (r, target) => OccurrenceTargets.Changeable(r, target, Title(r)), (r, target) => Form(r, target, MoveFields.Empty, []), PostAsync);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, OccurrenceTarget target, IFormCollection form)
    {
        var fields = new MoveFields(form["newDate"].ToString(), form["start"].ToString(), form["end"].ToString(), form["reason"].ToString());
        var errors = new List<string>();
        var move = OccurrenceInput.Move(
            MoveFields.Given(fields.NewDate), MoveFields.Given(fields.Start), MoveFields.Given(fields.End), r.Today, errors, r.English,
            (r.L("Nieuwe datum", "New date"), r.L("Begintijd", "Start time"), r.L("Eindtijd", "End time")), r.Date);
        string? reason = OccurrenceInput.Reason(MoveFields.Given(fields.Reason), r.L("Reden", "Reason"), errors, r.English);
        if (move is null || errors.Count > 0)
        {
            return Form(r, target, fields, errors, StatusCodes.Status400BadRequest);
        }

        string title = Title(r);
        if (!DashboardForms.IsConfirmed(form))
        {
            string times = move.Start is null && move.End is null
                ? r.L("op de gewone tijd van de reeks", "at the series' usual time")
                : r.L($"van {Time(r, move.Start, target.Meeting.Time.Start)} tot {Time(r, move.End, target.Meeting.Time.End)} uur", $"from {Time(r, move.Start, target.Meeting.Time.Start)} to {Time(r, move.End, target.Meeting.Time.End)}");
            var summary = Html.Of($"""
                <p>{r.L($"{target.Describe(r)} wordt verplaatst naar {r.Date(move.NewDate)}, {times}.", $"{target.Describe(r)} will be moved to {r.Date(move.NewDate)}, {times}.")}</p>
                <p>{r.L("Wie al is uitgenodigd krijgt een bijgewerkte uitnodiging.", "Everyone already invited receives an updated invitation.")}</p>
                <p>{r.L("Reden", "Reason")}: {reason ?? r.L("(geen reden opgegeven)", "(no reason given)")}</p>
                """);
            return DashboardForms.Confirm(r, DashboardTab.Overview, title, summary, target.Path("move"), DashboardForms.Fields(form), target.Path("move"));
        }

        try
        {
            await MeetingCoordinatorCommands.MoveOccurrenceAsync(
                r.Service<DurableTaskClient>(), target.Config.Partnership.Id, target.Meeting.Id, target.Date, move.NewDate, move.Start, move.End, reason, r.Aborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return OccurrenceTargets.NotRunning(r, target.Meeting.Title);
        }

        OverviewLog.Queued(r, "move", target);
        return DashboardForms.Done(r, DashboardTab.Overview, title,
            r.L($"{target.Describe(r)} wordt verplaatst naar {r.Date(move.NewDate)}. {OccurrenceTargets.WhenHandled(r, target)}",
                $"{target.Describe(r)} is being moved to {r.Date(move.NewDate)}. {OccurrenceTargets.WhenHandled(r, target)}"),
            DashboardEndpoints.Prefix);
    }

    private static string Time(DashboardRequest r, NodaTime.LocalTime? given, NodaTime.LocalTime usual)
        => r.Clock(given ?? usual);

    private static string Title(DashboardRequest r) => r.L("Bijeenkomst verplaatsen", "Move a meeting");

    private static IResult Form(DashboardRequest r, OccurrenceTarget target, MoveFields fields, IReadOnlyList<string> errors, int status = StatusCodes.Status200OK)
        => DashboardLayout.Page(r, DashboardTab.Overview, Title(r), Html.Of($"""
            {DashboardForms.Errors(r, errors)}
            <section class="card" aria-labelledby="form-title">
            <h2 id="form-title">{target.Describe(r)}</h2>
            <p>{r.L("Wie al is uitgenodigd krijgt een bijgewerkte uitnodiging. Daarna vraagt het overzicht om een bevestiging.", "Everyone already invited receives an updated invitation. The overview asks you to confirm first.")}</p>
            <form method="post" action="{target.Path("move")}" class="form-grid">
            {r.CsrfField()}
            <div><label for="newDate">{r.L("Nieuwe datum", "New date")}</label>
            <input type="date" id="newDate" name="newDate" value="{fields.NewDate}" required></div>
            <div><label for="start">{r.L("Begintijd", "Start time")} <span class="hint">{r.L("(leeg: de gewone tijd)", "(empty: the usual time)")}</span></label>
            <input type="time" id="start" name="start" value="{fields.Start}"></div>
            <div><label for="end">{r.L("Eindtijd", "End time")} <span class="hint">{r.L("(leeg: de gewone tijd)", "(empty: the usual time)")}</span></label>
            <input type="time" id="end" name="end" value="{fields.End}"></div>
            <div><label for="reason">{r.L("Reden", "Reason")}</label>
            <textarea id="reason" name="reason">{fields.Reason}</textarea></div>
            <div class="actions">
            <button type="submit" class="primary">{r.L("Verplaatsen", "Move")}</button>
            <a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Terug", "Back")}</a>
            </div>
            </form>
            </section>
            """), status);
}
