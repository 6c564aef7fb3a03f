using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Cancelling one occurrence: form (reason), confirmation, then the same command as
/// <c>POST /api/series/{id}/occurrences/{date}/cancel</c>; the cycle cancels the invitation for everyone.
/// </summary>
internal static class CancelAction
{
    public const string Route = "/series/{id}/occurrences/{date}/cancel";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapOccurrenceAction(Route, (r, target) => OccurrenceTargets.Changeable(r, target, Title(r)), (r, target) => Form(r, target, string.Empty, []), PostAsync);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, OccurrenceTarget target, IFormCollection form)
    {
        string? reason = string.IsNullOrWhiteSpace(form["reason"]) ? null : form["reason"].ToString().Trim();
        var errors = new List<string>();
        if (OccurrenceInput.Reason(reason, r.L("Reden", "Reason"), errors, r.English) is null && errors.Count > 0)
        {
            return Form(r, target, form["reason"].ToString(), errors, StatusCodes.Status400BadRequest);
        }

        string title = Title(r);
        if (!DashboardForms.IsConfirmed(form))
        {
            var summary = Html.Of($"""
                <p>{r.L($"{target.Describe(r)} wordt afgelast.", $"{target.Describe(r)} will be cancelled.")}</p>
                <p>{r.L("Wie al is uitgenodigd krijgt een annulering in de agenda; de coördinatoren krijgen bericht.", "Everyone already invited receives a cancellation in their calendar; the coordinators are notified.")}</p>
                <p>{r.L("Reden", "Reason")}: {reason ?? r.L("(geen reden opgegeven)", "(no reason given)")}</p>
                """);
            return DashboardForms.Confirm(r, DashboardTab.Overview, title, summary, target.Path("cancel"), DashboardForms.Fields(form), target.Path("cancel"));
        }

        try
        {
            await MeetingCoordinatorCommands.CancelOccurrenceAsync(
                r.Service<DurableTaskClient>(), target.Config.Partnership.Id, target.Meeting.Id, target.Date, reason, r.Aborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return OccurrenceTargets.NotRunning(r, target.Meeting.Title);
        }

        OverviewLog.Queued(r, "cancel", target);
        return DashboardForms.Done(r, DashboardTab.Overview, title,
            r.L($"{target.Describe(r)} wordt afgelast. {OccurrenceTargets.WhenHandled(r, target)} Het overzicht toont het onder 'Afgelast en overgeslagen'.",
                $"{target.Describe(r)} is being cancelled. {OccurrenceTargets.WhenHandled(r, target)} The overview lists it under 'Cancelled and skipped'."),
            DashboardEndpoints.Prefix);
    }

    private static string Title(DashboardRequest r) => r.L("Bijeenkomst afgelasten", "Cancel a meeting");

    private static IResult Form(DashboardRequest r, OccurrenceTarget target, string reason, IReadOnlyList<string> errors, int status = StatusCodes.Status200OK)
        => DashboardLayout.Page(r, DashboardTab.Overview, Title(r), Html.Of($"""
            {DashboardForms.Errors(r, errors)}
            <section class="card" aria-labelledby="form-title">
            <h2 id="form-title">{target.Describe(r)}</h2>
            <p>{r.L("Alle genodigden krijgen een annulering met de reden die u hier opgeeft. Daarna vraagt het overzicht om een bevestiging.", "Every invitee receives a cancellation with the reason you give here. The overview asks you to confirm first.")}</p>
            <form method="post" action="{target.Path("cancel")}" class="form-grid">
            {r.CsrfField()}
            <div><label for="reason">{r.L("Reden", "Reason")}</label>
            <textarea id="reason" name="reason" aria-describedby="reason-hint">{reason}</textarea>
            <p class="hint" id="reason-hint">{r.L("Bijvoorbeeld: te weinig aanmeldingen, ziekte van de voorzitter.", "For example: too few acceptances, the chair is ill.")}</p></div>
            <div class="actions">
            <button type="submit" class="danger">{r.L("Afgelasten", "Cancel")}</button>
            <a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Terug", "Back")}</a>
            </div>
            </form>
            </section>
            """), status);
}
