using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// The coordinators' choice for an occurrence at risk — the same two choices as the mail's one-click links: it goes
/// ahead (<c>hold</c>) or it is cancelled (<c>cancel</c>), confirmed first, then
/// <see cref="MeetingCoordinatorCommands.DecideAsync"/> like <c>POST /api/series/{id}/occurrences/{date}/decision</c>.
/// </summary>
internal static class DecisionAction
{
    public const string Route = "/series/{id}/occurrences/{date}/decision";

    /// <summary>Who decided, on the timeline: the dashboard knows no person, only that a signed-in coordinator chose.</summary>
    public const string Who = "dashboard";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapOccurrenceAction(Route, (r, target) => OccurrenceTargets.Changeable(r, target, Title(r)), Form, PostAsync);
    }

    /// <summary>The two buttons on the card of an occurrence at risk (posting to the confirmation step).</summary>
    public static Html Buttons(DashboardRequest r, string seriesId, NodaTime.LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Html.Of($"""
            <form method="post" action="{OccurrenceLinks.Action(seriesId, date, "decision")}" class="decision">
            {r.CsrfField()}
            <p>{r.L("Gaat het overleg door?", "Does the meeting go ahead?")}</p>
            <div class="actions">
            <button type="submit" name="decision" value="{OccurrenceDecisions.Hold}" class="primary">{r.L("Gaat door", "Goes ahead")}</button>
            <button type="submit" name="decision" value="{OccurrenceDecisions.Cancel}">{r.L("Afgelasten", "Cancel")}</button>
            </div>
            </form>
            """);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, OccurrenceTarget target, IFormCollection form)
    {
        string decision = form["decision"].ToString();
        if (!OccurrenceDecisions.IsKnown(decision))
        {
            return Form(r, target, [r.L("Kies 'Gaat door' of 'Afgelasten'.", "Choose 'Goes ahead' or 'Cancel'.")], StatusCodes.Status400BadRequest);
        }

        string title = Title(r);
        bool hold = decision == OccurrenceDecisions.Hold;
        if (!DashboardForms.IsConfirmed(form))
        {
            var summary = Html.Of($"""
                <p>{(hold
                    ? r.L($"{target.Describe(r)} gaat door; de genodigden krijgen een bevestiging.", $"{target.Describe(r)} goes ahead; the invitees receive a confirmation.")
                    : r.L($"{target.Describe(r)} wordt afgelast; de genodigden krijgen een annulering in de agenda.", $"{target.Describe(r)} will be cancelled; the invitees receive a cancellation in their calendar."))}</p>
                <p>{r.L("De keuze geldt voor alle coördinatoren; daarna werken de knoppen in de e-mail niet meer.", "The choice counts for all coordinators; the buttons in the mail do nothing after it.")}</p>
                """);
            return DashboardForms.Confirm(r, DashboardTab.Overview, title, summary, target.Path("decision"), DashboardForms.Fields(form), DashboardEndpoints.Prefix);
        }

        try
        {
            await MeetingCoordinatorCommands.DecideAsync(
                r.Service<DurableTaskClient>(), target.Config.Partnership.Id, target.Meeting.Id, target.Date, decision, Who, r.Aborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return OccurrenceTargets.NotRunning(r, target.Meeting.Title);
        }

        OverviewLog.Queued(r, "decision", target);
        return DashboardForms.Done(r, DashboardTab.Overview, title,
            hold
                ? r.L($"{target.Describe(r)} gaat door. {OccurrenceTargets.WhenHandled(r, target)}", $"{target.Describe(r)} goes ahead. {OccurrenceTargets.WhenHandled(r, target)}")
                : r.L($"{target.Describe(r)} wordt afgelast. {OccurrenceTargets.WhenHandled(r, target)}", $"{target.Describe(r)} is being cancelled. {OccurrenceTargets.WhenHandled(r, target)}"),
            DashboardEndpoints.Prefix);
    }

    private static string Title(DashboardRequest r) => r.L("Gaat het overleg door?", "Does the meeting go ahead?");

    private static IResult Form(DashboardRequest r, OccurrenceTarget target) => Form(r, target, [], StatusCodes.Status200OK);

    private static IResult Form(DashboardRequest r, OccurrenceTarget target, IReadOnlyList<string> errors, int status)
        => DashboardLayout.Page(r, DashboardTab.Overview, Title(r), Html.Of($"""
            {DashboardForms.Errors(r, errors)}
            <section class="card" aria-labelledby="form-title">
            <h2 id="form-title">{target.Describe(r)}</h2>
            {Buttons(r, target.Meeting.Id, target.Date)}
            <p><a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Terug", "Back")}</a></p>
            </section>
            """), status);
}
