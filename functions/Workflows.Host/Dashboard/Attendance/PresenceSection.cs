using NodaTime.Text;
using Workflows.Host.Dashboard.Minutes;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// Per held occurrence of the chosen series and year: whether its presence is confirmed, and a form with one box per
/// organization invited, ticked as the figures count it now (confirmed, or who had accepted), to confirm it.
/// </summary>
internal static class PresenceSection
{
    /// <param name="minutes">The series' verslagen by date, for each occurrence's link and its state.</param>
    public static Html Render(DashboardRequest r, AttendanceReport report, IReadOnlyDictionary<string, MeetingMinutes> minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Occurrences.Count == 0 || r.Config is not { } config)
        {
            return Html.Empty;
        }

        return Html.Of($"""
            <section id="presence" aria-labelledby="presence-title">
            <h2 id="presence-title">{r.L("Aanwezigheid per bijeenkomst", "Presence per meeting")}</h2>
            <p class="meta">{r.L("Zolang de aanwezigheid bij een bijeenkomst niet is bevestigd, tellen de aanmeldingen: een organisatie waarvan iemand zich had aangemeld, geldt als aanwezig. Na bevestiging tellen de aangevinkte organisaties als aanwezig en de andere als afwezig.", "Until the presence of a meeting is confirmed, the acceptances count: an organization of which someone had accepted counts as present. Once confirmed, the organizations ticked count as present and the others as absent.")}</p>
            {Html.Join(report.Occurrences, o => Occurrence(r, config, report, o, minutes.GetValueOrDefault(LocalDatePattern.Iso.Format(o.Date))))}
            </section>
            """);
    }

    /// <summary>"bevestigd" or "niet bevestigd" as a badge: the state is told in words, not by colour alone.</summary>
    public static Html Badge(DashboardRequest r, bool confirmed) => confirmed
        ? Html.Of($"""<span class="badge ok">{r.L("bevestigd", "confirmed")}</span>""")
        : Html.Of($"""<span class="badge warn">{r.L("niet bevestigd", "not confirmed")}</span>""");

    private static Html Occurrence(DashboardRequest r, Workflows.Partnerships.Configuration.PartnershipConfig config, AttendanceReport report, HeldOccurrencePresence o, MeetingMinutes? verslag)
    {
        string iso = LocalDatePattern.Iso.Format(o.Date);
        var boxes = Html.Join(o.Invited, id =>
        {
            string box = $"presence-{iso}-{id}";
            string name = config.FindOrganization(id)?.Name ?? id;
            return o.Present.Contains(id)
                ? Html.Of($"""<div class="check"><input type="checkbox" id="{box}" name="{PresenceAction.OrganizationField}" value="{id}" checked> <label for="{box}">{name}</label></div>""")
                : Html.Of($"""<div class="check"><input type="checkbox" id="{box}" name="{PresenceAction.OrganizationField}" value="{id}"> <label for="{box}">{name}</label></div>""");
        });
        string present = r.L($"{o.Present.Count} van {o.Invited.Count} organisaties aanwezig", $"{o.Present.Count} of {o.Invited.Count} organizations present");
        return Html.Of($"""
            <article class="card presence" data-date="{iso}" data-confirmed="{(o.Confirmed ? "yes" : "no")}">
            <h3>{r.Date(o.Date)} {Badge(r, o.Confirmed)}</h3>
            <p class="meta">{present}</p>
            <form method="post" action="{PresenceAction.Path}">
            {r.CsrfField()}<input type="hidden" name="series" value="{report.Series.Id}"><input type="hidden" name="date" value="{iso}">
            <fieldset><legend>{r.L("Aanwezige organisaties", "Organizations present")}</legend>
            {boxes}
            </fieldset>
            <div class="actions"><button type="submit" class="primary">{r.L("Aanwezigheid bevestigen", "Confirm presence")}</button></div>
            </form>
            {MinutesLink(r, report.Series.Id, iso, verslag)}
            </article>

            """);
    }

    /// <summary>The way to the occurrence's verslag, with its state in words: none yet, a draft, or approved.</summary>
    private static Html MinutesLink(DashboardRequest r, string seriesId, string iso, MeetingMinutes? verslag)
    {
        var state = verslag switch
        {
            null => Html.Of($"""<span class="badge none">{r.L("nog geen verslag", "no minutes yet")}</span>"""),
            { Approved: true } => Html.Of($"""<span class="badge ok">{r.L("vastgesteld", "approved")}</span>"""),
            _ => Html.Of($"""<span class="badge warn">{r.L("concept", "draft")}</span>"""),
        };
        return Html.Of($"""<p class="minutes-link"><a href="{MinutesPage.PathOf(seriesId, iso)}">{r.L("Verslag en actiepunten", "Minutes and action items")}</a> {state}</p>""");
    }
}
