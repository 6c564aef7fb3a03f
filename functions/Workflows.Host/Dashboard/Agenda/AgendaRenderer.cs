using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Agenda;

/// <summary>
/// The agenda page: the agenda as it goes out (the same composition as the invitation), then every item with its
/// state and the coordinators' actions (accept, hold over, move up or down, edit), then the form to add one.
/// </summary>
internal static class AgendaRenderer
{
    public static Html Render(DashboardRequest r, AgendaTarget target, IReadOnlyList<AgendaItem> items, IReadOnlyList<string> agenda, Person? signedIn, string? notice, AgendaDraft? draft)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(target);
        var status = notice is null ? Html.Empty : Html.Of($"<div class=\"notice\" role=\"status\"><p>{notice}</p></div>");
        var closed = target.Open
            ? Html.Empty
            : Html.Of($"<p class=\"notice\">{r.L("Deze bijeenkomst is al begonnen of voorbij: de agenda ligt vast.", "This meeting has already started or is over: its agenda is final.")}</p>");
        return Html.Of($"""
            {DashboardForms.Errors(r, draft?.Errors ?? [])}{status}{closed}
            <p class="meta">{r.L("De punten die op de agenda staan, gaan mee met de uitnodiging. Verandert er daarna nog iets aan die punten, dan krijgen de genodigden vóór het overleg een bijgewerkte agenda met de stukken.", "Accepted items are on the agenda that goes out with the invitation. When the accepted items change after the invitation was sent, the invitees receive an updated agenda (agenda and papers) before the meeting.")}</p>
            <section class="card" id="agenda" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{r.L("De agenda zoals die verstuurd wordt", "The agenda as it goes out")}</h2>
            <ol class="agenda-lines">
            {Html.Join(agenda, line => Html.Of($"<li>{line}</li>"))}
            </ol>
            </section>
            <section id="items" aria-labelledby="items-title">
            <h2 id="items-title">{r.L("Agendapunten", "Agenda items")}</h2>
            {(items.Count == 0 ? Html.Of($"<p class=\"empty\">{r.L("Er zijn nog geen agendapunten voorgesteld.", "No agenda items have been proposed yet.")}</p>") : Html.Empty)}
            {Html.Join(items.Select((item, i) => (item, i)), x => Item(r, target, x.item, x.i, items.Count, draft?.Key == x.item.Key ? draft : null))}
            </section>
            {(target.Open ? AddForm(r, target, signedIn, draft?.Key is null ? draft : null) : Html.Empty)}
            <p><a class="button" href="{DashboardEndpoints.Prefix}">{r.L("Naar het overzicht", "To the overview")}</a></p>
            """);
    }

    /// <summary>"voorgesteld", "geaccepteerd", "aangehouden" as a badge: the state in words, not by colour alone.</summary>
    public static Html Badge(DashboardRequest r, string state) => state switch
    {
        AgendaItemStates.Accepted => Html.Of($"<span class=\"badge ok\">{r.L("op de agenda", "accepted")}</span>"),
        AgendaItemStates.Held => Html.Of($"<span class=\"badge none\">{r.L("aangehouden", "held over")}</span>"),
        _ => Html.Of($"<span class=\"badge warn\">{r.L("voorgesteld", "proposed")}</span>"),
    };

    private static Html Item(DashboardRequest r, AgendaTarget target, AgendaItem item, int index, int count, AgendaDraft? draft)
    {
        string who = item.WhoName ?? target.Config.FindPerson(item.Who)?.Name ?? item.Who;
        var explanation = item.Explanation is { Length: > 0 } e ? Html.Of($"<p class=\"explanation\">{e}</p>") : Html.Empty;
        return Html.Of($"""
            <article class="card agenda-item" id="item-{item.Key}" data-key="{item.Key}" data-state="{item.State}">
            <h3>{item.Title} {Badge(r, item.State)}</h3>
            <p class="meta">{r.L("Ingebracht door", "Brought in by")} {who}</p>
            {explanation}{(target.Open ? Actions(r, target, item, index, count, draft) : Html.Empty)}
            </article>

            """);
    }

    private static Html Actions(DashboardRequest r, AgendaTarget target, AgendaItem item, int index, int count, AgendaDraft? draft)
    {
        string action = target.ItemPath(item.Key);
        var accept = item.State == AgendaItemStates.Accepted
            ? Html.Empty
            : Html.Of($"<button type=\"submit\" name=\"{AgendaPage.ActionField}\" value=\"{AgendaPage.Accept}\" class=\"primary\">{r.L("Op de agenda zetten", "Accept")}</button>");
        var hold = item.State == AgendaItemStates.Held
            ? Html.Empty
            : Html.Of($"<button type=\"submit\" name=\"{AgendaPage.ActionField}\" value=\"{AgendaPage.Hold}\">{r.L("Aanhouden", "Hold over")}</button>");
        var up = index == 0
            ? Html.Empty
            : Html.Of($"<button type=\"submit\" name=\"{AgendaPage.ActionField}\" value=\"{AgendaPage.Up}\" aria-label=\"{r.L($"{item.Title} omhoog", $"Move {item.Title} up")}\">{r.L("Omhoog", "Up")}</button>");
        var down = index == count - 1
            ? Html.Empty
            : Html.Of($"<button type=\"submit\" name=\"{AgendaPage.ActionField}\" value=\"{AgendaPage.Down}\" aria-label=\"{r.L($"{item.Title} omlaag", $"Move {item.Title} down")}\">{r.L("Omlaag", "Down")}</button>");
        string title = draft?.Title ?? item.Title;
        string explanation = draft?.Explanation ?? item.Explanation ?? string.Empty;
        string id = $"edit-{item.Key}";
        return Html.Of($"""
            <form method="post" action="{action}">
            {r.CsrfField()}
            <div class="actions">{accept}{hold}{up}{down}</div>
            </form>
            <details{(draft is null ? Html.Empty : Html.Raw(" open"))}>
            <summary>{r.L("Bewerken", "Edit")}</summary>
            <form method="post" action="{action}" class="form-grid">
            {r.CsrfField()}<input type="hidden" name="{AgendaPage.ActionField}" value="{AgendaPage.Edit}">
            <div><label for="{id}-title">{r.L("Titel", "Title")}</label>
            <input id="{id}-title" name="title" type="text" maxlength="{AgendaItemInput.MaxTitleLength}" required value="{title}"></div>
            <div><label for="{id}-explanation">{r.L("Toelichting", "Explanation")}</label>
            <textarea id="{id}-explanation" name="explanation" maxlength="{AgendaItemInput.MaxExplanationLength}">{explanation}</textarea></div>
            <div class="actions"><button type="submit" class="primary">{r.L("Opslaan", "Save")}</button></div>
            </form>
            </details>
            """);
    }

    private static Html AddForm(DashboardRequest r, AgendaTarget target, Person? signedIn, AgendaDraft? draft)
    {
        Html who;
        if (signedIn is not null)
        {
            who = Html.Of($"<p>{r.L("Ingebracht door", "Brought in by")} {signedIn.Name}</p>");
        }
        else
        {
            // Signed in with the key (no person known): the coordinator says which of the partnership's coordinators they are.
            var coordinators = AgendaPage.Coordinators(target.Config);
            string chosen = draft?.Who ?? string.Empty;
            var options = Html.Join(coordinators, p => p.Id == chosen
                ? Html.Of($"<option value=\"{p.Id}\" selected>{p.Name}</option>")
                : Html.Of($"<option value=\"{p.Id}\">{p.Name}</option>"));
            who = Html.Of($"""
                <div><label for="add-who">{r.L("Ingebracht door", "Brought in by")}</label>
                <select id="add-who" name="who">{options}</select></div>
                """);
        }

        return Html.Of($"""
            <section class="card" id="add" aria-labelledby="add-title">
            <h2 id="add-title">{r.L("Agendapunt toevoegen", "Add an agenda item")}</h2>
            <p class="meta">{r.L("Het punt komt erbij als voorstel; met 'Op de agenda zetten' komt het op de agenda.", "The item is added as a proposal; accept it to put it on the agenda.")}</p>
            <form method="post" action="{target.Path}" class="form-grid">
            {r.CsrfField()}
            <div><label for="add-item-title">{r.L("Titel", "Title")}</label>
            <input id="add-item-title" name="title" type="text" maxlength="{AgendaItemInput.MaxTitleLength}" required value="{draft?.Title ?? string.Empty}" aria-describedby="add-item-title-hint">
            <p class="hint" id="add-item-title-hint">{r.L($"Eén regel, hoogstens {AgendaItemInput.MaxTitleLength} tekens.", $"One line, at most {AgendaItemInput.MaxTitleLength} characters.")}</p></div>
            <div><label for="add-item-explanation">{r.L("Toelichting", "Explanation")}</label>
            <textarea id="add-item-explanation" name="explanation" maxlength="{AgendaItemInput.MaxExplanationLength}" aria-describedby="add-item-explanation-hint">{draft?.Explanation ?? string.Empty}</textarea>
            <p class="hint" id="add-item-explanation-hint">{r.L($"Kort, hoogstens {AgendaItemInput.MaxExplanationLength} tekens; de toelichting staat op de agenda achter de titel.", $"Short, at most {AgendaItemInput.MaxExplanationLength} characters; the explanation follows the title on the agenda.")}</p></div>
            {who}
            <div class="actions"><button type="submit" class="primary">{r.L("Toevoegen", "Add")}</button></div>
            </form>
            </section>
            """);
    }
}
