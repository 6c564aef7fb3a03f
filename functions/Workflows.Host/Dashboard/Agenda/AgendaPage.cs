using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Agenda;

/// <summary>
/// The agenda of one occurrence (<c>/dashboard/series/{id}/occurrences/{date}/agenda</c>), reached from its card on
/// the overview: the agenda as the invitation carries it, the proposed items, and the coordinators' work on them —
/// add, accept, hold over, edit, move up or down. Every change goes through <see cref="MeetingAgendaCommands"/>, as
/// the API's, so a change to the accepted items after the invitation sends the agenda update. Each action is one
/// click (they undo one another) followed by a redirect to the page, so a reload repeats nothing.
/// </summary>
internal static class AgendaPage
{
    public const string Route = "/series/{id}/occurrences/{date}/agenda";
    public const string ItemRoute = Route + "/{key}";
    public const string ActionField = "action";
    public const string Accept = "accept";
    public const string Hold = "hold";
    public const string Up = "up";
    public const string Down = "down";
    public const string Edit = "edit";

    /// <summary>What the page says after a redirect (<c>?done=</c>); anything else says nothing.</summary>
    private static readonly string[] Outcomes = ["added", "exists", Accept, Hold, "moved", "edited", "unchanged"];

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage(Route, async r =>
        {
            var (target, refusal) = AgendaTarget.Resolve(r);
            if (target is null)
            {
                return refusal!;
            }

            string done = r.Http.Request.Query["done"].ToString();
            return await PageAsync(r, target, Outcomes.Contains(done) ? Notice(r, done) : null, null).ConfigureAwait(false);
        });
        dashboard.MapAction(Route, AddAsync);
        dashboard.MapAction(ItemRoute, ItemAsync);
    }

    /// <summary>The partnership's coordinators, as people (the ids that name nobody left out).</summary>
    public static IReadOnlyList<Person> Coordinators(PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. config.Partnership.Coordinators.Select(config.FindPerson).OfType<Person>()];
    }

    /// <summary>
    /// The coordinator signed in, when the sign-in names one (App Service Authentication passes the e-mail address);
    /// null with the key, which names nobody.
    /// </summary>
    public static Person? SignedIn(DashboardRequest r, PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Http.User.FindFirst(ClaimTypes.Email)?.Value is { Length: > 0 } email
            ? Coordinators(config).FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static async Task<IResult> AddAsync(DashboardRequest r, IFormCollection form)
    {
        var (target, refusal) = AgendaTarget.Resolve(r);
        if (target is null)
        {
            return refusal!;
        }

        if (!target.Open)
        {
            return await ClosedAsync(r, target).ConfigureAwait(false);
        }

        var config = target.Config;
        var errors = new List<string>();
        string typedTitle = form["title"].ToString();
        string typedExplanation = form["explanation"].ToString();
        string title = AgendaItemInput.Title(typedTitle, errors, r.L("Titel", "Title"), r.English) ?? string.Empty;
        string? explanation = AgendaItemInput.Explanation(typedExplanation, errors, r.L("Toelichting", "Explanation"), r.English);
        var person = SignedIn(r, config);
        string typedWho = form["who"].ToString();
        if (person is null)
        {
            person = Coordinators(config).FirstOrDefault(p => p.Id == typedWho);
            if (person is null)
            {
                errors.Add(r.L("Kies wie het punt inbrengt: een van de coördinatoren.", "Choose who brings the item in: one of the coordinators."));
            }
        }

        if (errors.Count > 0)
        {
            return await PageAsync(r, target, null, new AgendaDraft(null, typedTitle, typedExplanation, typedWho, errors), StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var stores = r.Service<DashboardStores>();
        var (start, end) = AgendaItemInput.Span(config, target.Meeting, target.Date, r.Now);
        var proposal = new AgendaProposal(config.Partnership.Id, target.Meeting.Id, target.Date, person!.Id, person.Name, title, explanation, r.Now) { Start = start, End = end };
        var (item, created) = await MeetingAgendaCommands.ProposeAsync(stores.Meetings.Agenda, stores.Timeline, proposal, r.Aborted).ConfigureAwait(false);
        Log(r, "agenda-add", target);
        return Redirect(r, target, created ? "added" : "exists", item.Key);
    }

    private static async Task<IResult> ItemAsync(DashboardRequest r, IFormCollection form)
    {
        var (target, refusal) = AgendaTarget.Resolve(r);
        if (target is null)
        {
            return refusal!;
        }

        if (!target.Open)
        {
            return await ClosedAsync(r, target).ConfigureAwait(false);
        }

        var stores = r.Service<DashboardStores>();
        var agenda = stores.Meetings.Agenda;
        string key = r.Route("key");
        var items = await agenda.ReadAsync(target.Config.Partnership.Id, target.Meeting.Id, target.Iso, r.Aborted).ConfigureAwait(false);
        int index = AgendaItemKeys.IsWellFormed(key) ? items.ToList().FindIndex(i => i.Key == key) : -1;
        if (index < 0)
        {
            return await PageAsync(r, target, null, new AgendaDraft(null, string.Empty, string.Empty, null,
                [r.L("Dit agendapunt bestaat niet (meer) bij deze bijeenkomst. Er is niets veranderd.", "This agenda item does not exist (any more) for this meeting. Nothing was changed.")]), StatusCodes.Status404NotFound).ConfigureAwait(false);
        }

        var client = r.Service<DurableTaskClient>();
        var item = items[index];
        string partnership = target.Config.Partnership.Id;
        string action = form[ActionField].ToString();
        switch (action)
        {
            case Accept or Hold:
                await MeetingAgendaCommands.DecideAsync(
                    agenda, client, partnership, target.Meeting.Id, target.Date, key, action == Accept ? AgendaItemStates.Accepted : AgendaItemStates.Held, Overview.DecisionAction.Who, r.Aborted).ConfigureAwait(false);
                Log(r, "agenda-" + action, target);
                return Redirect(r, target, action, key);
            case Up or Down:
                var moved = await MeetingAgendaCommands.MoveAsync(
                    agenda, client, partnership, target.Meeting.Id, target.Date, key, action == Up ? index - 1 : index + 1, r.Aborted).ConfigureAwait(false);
                Log(r, "agenda-move", target);
                return Redirect(r, target, moved is null ? "unchanged" : "moved", key);
            case Edit:
                var errors = new List<string>();
                string typedTitle = form["title"].ToString();
                string typedExplanation = form["explanation"].ToString();
                string? title = AgendaItemInput.Title(typedTitle, errors, r.L("Titel", "Title"), r.English);
                string? explanation = AgendaItemInput.Explanation(typedExplanation, errors, r.L("Toelichting", "Explanation"), r.English);
                if (errors.Count > 0)
                {
                    return await PageAsync(r, target, null, new AgendaDraft(key, typedTitle, typedExplanation, null, errors), StatusCodes.Status400BadRequest).ConfigureAwait(false);
                }

                var before = item;
                var edited = await MeetingAgendaCommands.EditAsync(agenda, client, partnership, target.Meeting.Id, target.Date, key, title!, explanation, r.Aborted).ConfigureAwait(false);
                Log(r, "agenda-edit", target);
                return Redirect(r, target, edited is not null && (edited.Title != before.Title || edited.Explanation != before.Explanation) ? "edited" : "unchanged", key);
            default:
                // Only a hand-made request gets here: the page's buttons name an action.
                return await PageAsync(r, target, null, new AgendaDraft(null, string.Empty, string.Empty, null,
                    [r.L("Dit formulier noemt geen actie die bestaat. Er is niets veranderd.", "This form names no action that exists. Nothing was changed.")]), StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> PageAsync(DashboardRequest r, AgendaTarget target, string? notice, AgendaDraft? draft, int status = StatusCodes.Status200OK)
    {
        var services = r.Service<DashboardStores>().Meetings;
        var snapshot = target.Snapshot();
        var items = await services.Agenda.ReadAsync(target.Config.Partnership.Id, target.Meeting.Id, target.Iso, r.Aborted).ConfigureAwait(false);
        var lines = await AgendaLines.ReadAsync(services, snapshot, Occurrence(target, snapshot, r.Now), r.Aborted).ConfigureAwait(false);
        string title = r.L($"Agenda: {target.Describe(r)}", $"Agenda: {target.Describe(r)}");
        return DashboardLayout.Page(r, DashboardTab.Overview, title, AgendaRenderer.Render(r, target, items, lines, SignedIn(r, target.Config), notice, draft), status);
    }

    /// <summary>The occurrence as the cycle plans it (a holiday can move it), or on its series date when the plan does not reach it.</summary>
    private static PlannedOccurrence Occurrence(AgendaTarget target, SeriesSnapshot snapshot, DateTimeOffset now)
    {
        var plan = OccurrencePlanner.Plan(new PlanInput(snapshot, NodaTime.Text.LocalDatePattern.Iso.Format(target.Date.PlusDays(-1)), [], now));
        if (plan.Next is { } next && next.Date == target.Iso)
        {
            return next;
        }

        var (start, end) = AgendaItemInput.Span(target.Config, target.Meeting, target.Date, now);
        return new PlannedOccurrence(target.Iso, start, end, start, start, null, start, null);
    }

    private static async Task<IResult> ClosedAsync(DashboardRequest r, AgendaTarget target)
        => await PageAsync(r, target, null, new AgendaDraft(null, string.Empty, string.Empty, null,
            [r.L($"{target.Describe(r)} is al begonnen of voorbij; de agenda ligt vast. Er is niets veranderd.", $"{target.Describe(r)} has already started or is over; its agenda is final. Nothing was changed.")]),
            StatusCodes.Status409Conflict).ConfigureAwait(false);

    /// <summary>303 to the page (a reload then repeats nothing), scrolled to the item.</summary>
    private static IResult Redirect(DashboardRequest r, AgendaTarget target, string done, string key)
    {
        r.Http.Response.Headers.Location = $"{target.Path}?done={done}#item-{key}";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static string Notice(DashboardRequest r, string done) => done switch
    {
        "added" => r.L("Het agendapunt is toegevoegd als voorstel.", "The agenda item was added as a proposal."),
        "exists" => r.L("Deze coördinator had dit punt al voorgesteld; het bestaande punt blijft staan.", "The same coordinator had already proposed this item; the existing item stands."),
        Accept => r.L("Het agendapunt staat op de agenda.", "The agenda item was accepted: it is on the agenda."),
        Hold => r.L("Het agendapunt is aangehouden: het staat niet op de agenda van deze bijeenkomst.", "The agenda item was held over: it is not on this meeting's agenda."),
        "moved" => r.L("De volgorde van de agendapunten is gewijzigd.", "The order of the agenda items was changed."),
        "edited" => r.L("Het agendapunt is gewijzigd.", "The agenda item was changed."),
        _ => r.L("Er is niets veranderd.", "Nothing was changed."),
    };

    private static void Log(DashboardRequest r, string action, AgendaTarget target)
    {
        var logger = Overview.OverviewLog.Logger(r);
        string occurrence = target.Meeting.Id + "/" + target.Iso;
        DashboardLog.ActionTaken(logger, action, occurrence);
    }
}
