using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using NodaTime;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>
/// The verslag of a held occurrence on the dashboard (linked from the Opkomst tab): write and save it as a draft with
/// its action items, approve it (after a confirmation that says who receives it), and then tick items off or reopen
/// them. Everything goes through <see cref="MinutesCommands"/>, like <c>/api/series/{id}/occurrences/{date}/minutes</c>.
/// </summary>
internal static class MinutesPage
{
    /// <summary>Who saved or approved, as the store records it: the dashboard has one coordinator identity.</summary>
    public const string Who = "dashboard";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/series/{id}/occurrences/{date}/minutes", RenderAsync);
        dashboard.MapAction("/series/{id}/occurrences/{date}/minutes", PostAsync);
        dashboard.MapAction("/series/{id}/occurrences/{date}/action-items/{key}/done", SetDoneAsync);
    }

    public static string PathOf(string seriesId, string date) =>
        $"{DashboardEndpoints.Prefix}/series/{Uri.EscapeDataString(seriesId)}/occurrences/{date}/minutes";

    public static string DonePath(string seriesId, string date, string key) =>
        $"{DashboardEndpoints.Prefix}/series/{Uri.EscapeDataString(seriesId)}/occurrences/{date}/action-items/{key}/done";

    /// <summary>The Opkomst tab at the series and school year of the occurrence: where its verslag is linked from.</summary>
    public static string AttendancePath(string seriesId, LocalDate date) =>
        $"{DashboardLayout.Path(DashboardTab.Attendance)}?series={Uri.EscapeDataString(seriesId)}&year={SchoolYear.Containing(date).StartYear.ToString(CultureInfo.InvariantCulture)}";

    private static async Task<IResult> RenderAsync(DashboardRequest r)
    {
        var (target, refusal) = await MinutesTargets.ResolveAsync(r).ConfigureAwait(false);
        if (target is null)
        {
            return refusal!;
        }

        var minutes = await Store(r).ReadAsync(target.Config.Partnership.Id, target.Meeting.Id, target.Iso, r.Aborted).ConfigureAwait(false);
        return Show(r, target, minutes);
    }

    private static async Task<IResult> PostAsync(DashboardRequest r, IFormCollection form)
    {
        var (t, refusal) = await MinutesTargets.ResolveAsync(r).ConfigureAwait(false);
        if (t is null)
        {
            return refusal!;
        }

        if (MinutesForm.Read(form) is not { } typed)
        {
            // Only a hand-made request gets here: the page never shows this many rows.
            return MinutesTargets.Refuse(r, StatusCodes.Status400BadRequest, r.L("Verslag", "Minutes"),
                r.L("Dit formulier heeft meer regels dan het verslag kan hebben. Er is niets opgeslagen.", "This form has more rows than minutes can have. Nothing was saved."), t.Path);
        }

        bool approving = string.Equals(form[MinutesForm.StepField].ToString(), MinutesForm.ApproveStep, StringComparison.Ordinal);
        var store = Store(r);
        var current = await store.ReadAsync(t.Config.Partnership.Id, t.Meeting.Id, t.Iso, r.Aborted).ConfigureAwait(false);
        if (current is { Approved: true })
        {
            return Show(r, t, current, errors: [AlreadyApproved(r)], status: StatusCodes.Status409Conflict);
        }

        var errors = MinutesForm.Check(r, t, typed.Text, typed.Rows, approving);
        if (errors.Count > 0)
        {
            return Show(r, t, current, errors: errors, typed: typed, status: StatusCodes.Status400BadRequest);
        }

        // Approving saves first too: going back from the confirmation loses nothing that was typed.
        var result = await MinutesCommands.SaveAsync(
            store, r.Service<DashboardStores>().Attendance, t.Series, t.Iso, typed.Text, MinutesForm.Drafts(typed.Rows), Who, r.Now, r.Aborted).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case MinutesOutcome.Invalid:
                return Show(r, t, current, errors: result.Errors, typed: typed, status: StatusCodes.Status400BadRequest);
            case MinutesOutcome.NotHeld:
                return (await MinutesTargets.ResolveAsync(r).ConfigureAwait(false)).Refusal ?? Show(r, t, current, errors: [Conflict(r)], typed: typed, status: StatusCodes.Status409Conflict);
            case MinutesOutcome.Approved:
                return Show(r, t, await store.ReadAsync(t.Config.Partnership.Id, t.Meeting.Id, t.Iso, r.Aborted).ConfigureAwait(false), errors: [AlreadyApproved(r)], status: StatusCodes.Status409Conflict);
            case MinutesOutcome.Conflict:
                return Show(r, t, current, errors: [Conflict(r)], typed: typed, status: StatusCodes.Status409Conflict);
            default:
                break;
        }

        if (!approving)
        {
            return Show(r, t, result.Minutes, notice: r.L("Het concept is opgeslagen.", "The draft has been saved."));
        }

        if (!DashboardForms.IsConfirmed(form))
        {
            return DashboardForms.Confirm(r, DashboardTab.Attendance, r.L("Verslag vaststellen en versturen", "Approve and send the minutes"),
                Recipients(r, t, result.Minutes!), t.Path, MinutesForm.Fields(typed.Text, typed.Rows, MinutesForm.ApproveStep), t.Path);
        }

        var (start, end) = AgendaItemInput.Span(t.Config, t.Meeting, t.Date, r.Now);
        var (approved, _) = await MinutesCommands.ApproveAsync(store, r.Service<DurableTaskClient>(), t.Series, t.Iso, start, end, Who, r.Now, r.Aborted).ConfigureAwait(false);
        var logger = r.Service<ILoggerFactory>().CreateLogger(typeof(MinutesPage));
        DashboardLog.ActionTaken(logger, "minutes-approval", t.Meeting.Id);
        return Show(r, t, approved, notice: r.L("Het verslag is vastgesteld en wordt verstuurd aan de leden.", "The minutes have been approved and are being sent to the members."));
    }

    private static async Task<IResult> SetDoneAsync(DashboardRequest r, IFormCollection form)
    {
        var (t, refusal) = await MinutesTargets.ResolveAsync(r).ConfigureAwait(false);
        if (t is null)
        {
            return refusal!;
        }

        string key = r.Route("key");
        string done = form[MinutesView.DoneField].ToString();
        if (done is not ("yes" or "no"))
        {
            return MinutesTargets.Refuse(r, StatusCodes.Status400BadRequest, r.L("Actiepunt", "Action item"),
                r.L("Dit formulier zegt niet of het actiepunt gedaan is. Er is niets veranderd.", "This form does not say whether the action item is done. Nothing was changed."), t.Path);
        }

        var item = ActionItemKeys.IsWellFormed(key)
            ? await MinutesCommands.SetDoneAsync(Store(r), t.Config.Partnership.Id, t.Meeting.Id, t.Iso, key, done == "yes", r.Now, r.Aborted).ConfigureAwait(false)
            : null;
        if (item is null)
        {
            return MinutesTargets.Refuse(r, StatusCodes.Status404NotFound, r.L("Actiepunt niet gevonden", "Action item not found"),
                r.L($"Dit actiepunt staat niet (meer) in het verslag van {t.When(r)}. Er is niets veranderd.", $"The minutes of {t.When(r)} do not have this action item (any more). Nothing was changed."), t.Path);
        }

        var minutes = await Store(r).ReadAsync(t.Config.Partnership.Id, t.Meeting.Id, t.Iso, r.Aborted).ConfigureAwait(false);
        return Show(r, t, minutes, notice: item.Open
            ? r.L($"Dit actiepunt staat weer open: {item.What}", $"This action item is open again: {item.What}")
            : r.L($"Dit actiepunt is afgevinkt: {item.What}", $"This action item has been ticked off: {item.What}"));
    }

    /// <summary>The page: read-only when approved, else the form (with what was typed when it comes back with errors).</summary>
    private static IResult Show(
        DashboardRequest r, MinutesTarget t, MeetingMinutes? minutes, string? notice = null, IReadOnlyList<string>? errors = null,
        (string Text, List<ActionItemRow> Rows)? typed = null, int status = StatusCodes.Status200OK)
    {
        var top = Html.Of($"""
            {(notice is null ? Html.Empty : Html.Of($"""<div class="notice" role="status"><p>{notice}</p></div>"""))}
            {DashboardForms.Errors(r, errors ?? [])}
            """);
        var back = Html.Of($"""<p><a href="{AttendancePath(t.Meeting.Id, t.Date)}">{r.L("Terug naar de opkomst", "Back to attendance")}</a></p>""");
        Html content;
        if (minutes is { Approved: true })
        {
            content = MinutesView.Render(r, t, minutes);
        }
        else
        {
            string state = minutes is null
                ? r.L("Nog geen verslag opgeslagen.", "No minutes saved yet.")
                : r.L($"Concept, laatst opgeslagen op {r.DateTime(minutes.SavedAt)}.", $"Draft, last saved on {r.DateTime(minutes.SavedAt)}.");
            var rows = typed is { } entered
                ? entered.Rows.Where(row => !(row.Removed && string.IsNullOrWhiteSpace(row.Owner) && string.IsNullOrWhiteSpace(row.Due))).ToList()
                : MinutesForm.Rows(minutes?.ActionItems ?? []);
            var ownerNames = (minutes?.ActionItems ?? []).GroupBy(i => i.Owner, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().OwnerName, StringComparer.Ordinal);
            content = Html.Of($"""
                <p class="meta" data-approved="no">{state}</p>
                {MinutesForm.Render(r, t, typed?.Text ?? minutes?.Text ?? string.Empty, rows, ownerNames)}
                """);
        }

        return DashboardLayout.Page(r, DashboardTab.Attendance, r.L($"Verslag: {t.When(r)}", $"Minutes: {t.When(r)}"), Html.Of($"""
            {top}
            {content}
            {back}
            """), status);
    }

    /// <summary>The confirmation's summary: who receives the verslag, what the owners get, that it no longer changes.</summary>
    private static Html Recipients(DashboardRequest r, MinutesTarget t, MeetingMinutes saved)
    {
        var to = t.Series.Members.DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var cc = t.Series.Coordinators.Where(c => !to.Any(m => string.Equals(m.Email, c.Email, StringComparison.OrdinalIgnoreCase))).ToList();
        string members = to.Count == 0 ? r.L("geen", "none") : string.Join(", ", to.Select(MinutesForm.Label));
        int count = saved.ActionItems.Count;
        return Html.Of($"""
            <p>{r.L("Uw wijzigingen zijn als concept opgeslagen.", "Your changes have been saved as a draft.")}</p>
            <p>{r.L($"Het verslag wordt vastgesteld en gemaild naar de {to.Count} leden: {members}.", $"The minutes of {t.When(r)} will be approved and mailed to the {to.Count} members: {members}.")}</p>
            {(cc.Count == 0 ? Html.Empty : Html.Of($"""<p>{r.L("In kopie", "In copy")}: {string.Join(", ", cc.Select(c => c.Name))}.</p>"""))}
            <p>{(count == 0
                ? r.L("Er zijn geen actiepunten.", "There are no action items.")
                : r.L($"Actiepunten: {count}. Wie een actiepunt heeft dat dan nog openstaat, krijgt twee werkdagen vóór de uiterste datum één herinnering.", $"Action items: {count}. Whoever has an open action item gets one reminder two working days before its date."))}</p>
            <p>{r.L("Daarna verandert het verslag niet meer; de actiepunten kunt u wel afvinken.", "After that the minutes no longer change; the action items can still be ticked off.")}</p>
            """);
    }

    private static string AlreadyApproved(DashboardRequest r) =>
        r.L("Dit verslag is al vastgesteld en verstuurd; het verandert niet meer. Er is niets opgeslagen.", "These minutes have already been approved and sent; they no longer change. Nothing was saved.");

    private static string Conflict(DashboardRequest r) =>
        r.L("Het verslag is tegelijk door iemand anders opgeslagen of vastgesteld; er is niets opgeslagen. Hieronder staat wat u had ingevuld: controleer het en sla opnieuw op.",
            "The minutes were saved or approved by someone else at the same moment; nothing was saved. What you entered is below: check it and save again.");

    private static MinutesStore Store(DashboardRequest r) => r.Service<MinutesStore>();
}
