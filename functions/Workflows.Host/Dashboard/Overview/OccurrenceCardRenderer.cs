using System.Globalization;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>One occurrence as an <c>article.card.occurrence</c>: when, where it stands, the answers per organization, the risk, the actions.</summary>
internal static class OccurrenceCardRenderer
{
    public static Html Render(DashboardRequest r, OccurrenceCard c, bool running)
    {
        string date = OccurrenceLinks.Iso(c.Date);
        string css = c.Risk is null ? "card occurrence" : c.Risk.Urgent ? "card occurrence risk urgent" : "card occurrence risk";
        var moved = c.MovedReason is null
            ? Html.Empty
            : Html.Of($"<p class=\"meta\">{r.L($"Verplaatst (was {r.Date(c.Date)})", $"Moved (was {r.Date(c.Date)})")}: {c.MovedReason}</p>");
        var rsvp = c.Rsvp.Count == 0 ? Html.Empty : RsvpTable(r, c.Rsvp);
        return Html.Of($"""
            <article class="{css}" data-series="{c.SeriesId}" data-date="{date}">
            <h3>{r.Date(c.Start.Date)}, {OverviewRenderer.Times(r, c.Start, c.End)}</h3>
            <p class="state">{Badge(r, c)} {Phase(r, c)}</p>
            {moved}{Risk(r, c.Risk)}{(running && c.Risk is not null && c.CanChange ? DecisionAction.Buttons(r, c.SeriesId, c.Date) : Html.Empty)}{rsvp}{(running ? Actions(r, c) : Html.Empty)}
            </article>
            """);
    }

    private static Html Badge(DashboardRequest r, OccurrenceCard c) => c.Phase switch
    {
        OccurrencePhase.Confirmed => Html.Of($"<span class=\"badge ok\">{r.L("bevestigd", "confirmed")}</span>"),
        OccurrencePhase.Invited when c.Risk is not null => Html.Of($"<span class=\"badge bad\">{r.L("uitgenodigd, nog niet rond", "invited, not settled yet")}</span>"),
        OccurrencePhase.Invited => Html.Of($"<span class=\"badge warn\">{r.L("uitgenodigd", "invited")}</span>"),
        _ => Html.Of($"<span class=\"badge none\">{r.L("gepland", "planned")}</span>"),
    };

    /// <summary>Where it stands, in the coordinators' words.</summary>
    private static string Phase(DashboardRequest r, OccurrenceCard c) => c.Phase switch
    {
        OccurrencePhase.Confirmed => r.L("Bevestigd: het overleg gaat door.", "Confirmed: the meeting takes place."),
        OccurrencePhase.Invited when c.RsvpDeadline is { } deadline
            => r.L($"Uitgenodigd; wacht op aanmeldingen tot {r.DateTime(deadline)}.", $"Invited; waiting for responses until {r.DateTime(deadline)}."),
        OccurrencePhase.Invited => r.L("Uitgenodigd.", "Invited."),
        _ when c.InviteOn is { } day => r.L($"De uitnodiging volgt op {r.Date(day)}.", $"The invitation goes out on {r.Date(day)}."),
        _ => r.L("Gepland.", "Planned."),
    };

    private static Html Risk(DashboardRequest r, QuorumRisk? risk)
    {
        if (risk is null)
        {
            return Html.Empty;
        }

        var reasons = new List<string>();
        if (risk.MissingKinds.Count > 0)
        {
            reasons.Add(r.English
                ? $"no {string.Join(" or ", risk.MissingKinds)} participant has accepted yet"
                : $"nog geen {DutchKinds(risk.MissingKinds)}-deelnemer heeft zich aangemeld");
        }

        if (risk.MissingKinds.Count == 0 && risk.MissingRules is { Count: > 0 } rules)
        {
            reasons.Add(r.English
                ? $"nobody matching {string.Join(" or ", rules)} has accepted yet"
                : $"niemand uit {string.Join(" of ", rules)} heeft zich aangemeld");
        }

        if (risk.TooFew)
        {
            reasons.Add(r.English
                ? string.Create(CultureInfo.InvariantCulture, $"{risk.Accepted} of at least {risk.MinAccepted} accepted")
                : string.Create(CultureInfo.InvariantCulture, $"{risk.Accepted} aangemeld, minimaal {risk.MinAccepted} nodig"));
        }

        var urgent = risk.Urgent
            ? Html.Of($"<p><span class=\"badge bad\">{r.L("dringend", "urgent")}</span> {r.L($"De aanmeldtermijn sluit al op {r.DateTime(risk.Deadline)}.", $"Responses close as soon as {r.DateTime(risk.Deadline)}.")}</p>")
            : Html.Empty;
        // The rule's own Dutch says who is missing by requirement ("nog geen mbo-sectordirecteur"); English keeps the counts.
        var why = !r.English && risk.Explanation is { Length: > 0 } explanation
            ? Html.Of($"<p><strong>Nog niet rond</strong>: {explanation}</p>")
            : Html.Of($"<p><strong>{r.L("Nog niet rond", "Not settled yet")}</strong>: {string.Join("; ", reasons)}.</p>");
        return Html.Of($"""
            <div class="risk-note">
            {why}
            {urgent}
            </div>
            """);
    }

    // Dutch elides the shared part of a compound, as the quorum rule's own text does: "mbo- of hbo-deelnemer".
    private static string DutchKinds(IReadOnlyList<string> kinds)
        => kinds.Count == 1 ? kinds[0] : $"{string.Join("-, ", kinds.Take(kinds.Count - 1))}- of {kinds[^1]}";

    private static Html RsvpTable(DashboardRequest r, IReadOnlyList<OrganizationRsvp> rows)
    {
        var body = Html.Join(rows, o => Html.Of($"""
            <tr data-org="{o.OrganizationId}"><th scope="row">{o.Name}</th><td>{o.Kind}</td><td class="num">{o.Accepted}</td><td class="num">{o.Tentative}</td><td class="num">{o.Declined}</td><td class="num">{o.NoAnswer}</td></tr>
            """));
        return Html.Of($"""
            <div class="table-wrap">
            <table class="rsvp">
            <caption>{r.L("Aanmeldingen per organisatie", "Responses per organization")}</caption>
            <thead><tr><th scope="col">{r.L("Organisatie", "Organization")}</th><th scope="col">{r.L("Soort", "Kind")}</th><th scope="col" class="num">{r.L("Aangemeld", "Accepted")}</th><th scope="col" class="num">{r.L("Onder voorbehoud", "Tentative")}</th><th scope="col" class="num">{r.L("Afgemeld", "Declined")}</th><th scope="col" class="num">{r.L("Geen antwoord", "No answer")}</th></tr></thead>
            <tbody>
            {body}
            </tbody>
            <tfoot><tr><th scope="row">{r.L("Totaal", "Total")}</th><td></td><td class="num">{rows.Sum(o => o.Accepted)}</td><td class="num">{rows.Sum(o => o.Tentative)}</td><td class="num">{rows.Sum(o => o.Declined)}</td><td class="num">{rows.Sum(o => o.NoAnswer)}</td></tr></tfoot>
            </table>
            </div>
            """);
    }

    private static Html Actions(DashboardRequest r, OccurrenceCard c)
    {
        if (!c.CanChange)
        {
            // Started: cancelling or moving a meeting in progress would only confuse its invitees.
            return Html.Empty;
        }

        var resend = c.CanResend
            ? Html.Of($"<a class=\"button\" href=\"{OccurrenceLinks.Action(c.SeriesId, c.Date, "resend")}\">{r.L("Uitnodiging opnieuw versturen", "Resend invitation")}</a>")
            : Html.Empty;
        return Html.Of($"""
            <div class="actions">
            <a class="button" href="{OccurrenceLinks.Action(c.SeriesId, c.Date, "cancel")}">{r.L("Afgelasten", "Cancel")}</a>
            <a class="button" href="{OccurrenceLinks.Action(c.SeriesId, c.Date, "move")}">{r.L("Verplaatsen", "Move")}</a>
            {resend}
            <a class="button" href="{Agenda.AgendaLinks.Page(c.SeriesId, c.Date)}">{r.L("Agenda", "Agenda")}</a>
            </div>
            """);
    }
}
