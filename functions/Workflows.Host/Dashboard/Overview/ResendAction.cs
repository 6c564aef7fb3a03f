using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Sending the invitation of the occurrence in hand again, unchanged (same event, higher SEQUENCE): through
/// <see cref="MeetingCoordinatorCommands.ResendInvitationAsync"/> like <c>POST /api/series/{id}/occurrences/{date}/resend</c>.
/// </summary>
/// <remarks>
/// The cycle ignores a resend of an occurrence it has not invited yet, so the dashboard only offers it for the
/// invited occurrence before it starts, and says so instead of queueing something that would do nothing.
/// </remarks>
internal static class ResendAction
{
    public const string Route = "/series/{id}/occurrences/{date}/resend";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapOccurrenceAction(Route, (r, target) => Resendable(r, target), (r, target) => Form(r, target), PostAsync);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, OccurrenceTarget target, IFormCollection form)
    {
        string title = Title(r);
        if (!DashboardForms.IsConfirmed(form))
        {
            var summary = Html.Of($"""
                <p>{r.L($"De uitnodiging voor {target.Describe(r)} gaat opnieuw, ongewijzigd, naar alle {Invitees(target)} genodigden.", $"The invitation for {target.Describe(r)} is sent again, unchanged, to all {Invitees(target)} invitees.")}</p>
                <p>{r.L("Antwoorden die al gegeven zijn blijven staan.", "Answers already given stand.")}</p>
                """);
            return DashboardForms.Confirm(r, DashboardTab.Overview, title, summary, target.Path("resend"), DashboardForms.Fields(form), target.Path("resend"));
        }

        try
        {
            await MeetingCoordinatorCommands.ResendInvitationAsync(
                r.Service<DurableTaskClient>(), target.Config.Partnership.Id, target.Meeting.Id, target.Date, r.Aborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return OccurrenceTargets.NotRunning(r, target.Meeting.Title);
        }

        OverviewLog.Queued(r, "resend", target);
        return DashboardForms.Done(r, DashboardTab.Overview, title,
            r.L($"De uitnodiging voor {target.Describe(r)} wordt opnieuw verstuurd. {OccurrenceTargets.WhenHandled(r, target)}", $"The invitation for {target.Describe(r)} is being sent again. {OccurrenceTargets.WhenHandled(r, target)}"),
            DashboardEndpoints.Prefix);
    }

    /// <summary>Null when the occurrence is the invited one in hand and has not started; else the page that says why not (409).</summary>
    private static IResult? Resendable(DashboardRequest r, OccurrenceTarget target)
    {
        if (target.Cycle.Resendable(OccurrenceLinks.Iso(target.Date), r.Now))
        {
            return null;
        }

        OverviewLog.NotResendable(r, target);
        return OccurrenceTargets.Refuse(r, StatusCodes.Status409Conflict, Title(r),
            r.L($"Voor {target.Describe(r)} is er geen uitnodiging om opnieuw te versturen: die is nog niet verstuurd (dat gebeurt vanzelf op de geplande dag) of de bijeenkomst is al begonnen. Er is niets veranderd.",
                $"There is no invitation to send again for {target.Describe(r)}: it has not been sent yet (that happens by itself on the planned day) or the meeting has already started. Nothing was changed."));
    }

    private static int Invitees(OccurrenceTarget target) =>
        target.Cycle.ProgressOf(OccurrenceLinks.Iso(target.Date))?.Sent?.Attendees.Count ?? 0;

    private static string Title(DashboardRequest r) => r.L("Uitnodiging opnieuw versturen", "Resend invitation");

    private static IResult Form(DashboardRequest r, OccurrenceTarget target)
        => DashboardLayout.Page(r, DashboardTab.Overview, Title(r), Html.Of($"""
            <section class="card" aria-labelledby="form-title">
            <h2 id="form-title">{target.Describe(r)}</h2>
            <p>{r.L("De uitnodiging gaat ongewijzigd opnieuw naar alle genodigden, bijvoorbeeld als iemand haar kwijt is. Dit kan alleen voor een bijeenkomst die al is uitgenodigd en nog niet begonnen.", "The invitation is sent again, unchanged, to every invitee, for instance when someone lost it. This is only possible for a meeting already invited that has not started.")}</p>
            <form method="post" action="{target.Path("resend")}">
            {r.CsrfField()}
            <div class="actions">
            <button type="submit" class="primary">{r.L("Uitnodiging opnieuw versturen", "Resend invitation")}</button>
            <a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Terug", "Back")}</a>
            </div>
            </form>
            </section>
            """));
}
