using System.Globalization;
using NodaTime;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>Renders one convenant: partners, end date, next bestuur talk, last outcome, expiry alerts and the outcome action.</summary>
internal static class ConvenantRenderer
{
    public static Html Render(DashboardRequest r, ConvenantView c)
    {
        string title = $"convenant-{c.Id}-title";
        var (phase, badge) = Phase(r, c.Phase);
        var talk = c.TalkDate is { } date
            ? Html.Of($"""<time class="talk-date" datetime="{date:yyyy-MM-dd}">{r.Date(date)}</time>{Hours(r, c)} <span class="badge {badge}" data-phase="{c.Phase}">{phase}</span>""")
            : Html.Of($"""<span class="empty">{r.L("nog niet gepland", "not planned yet")}</span> <span class="badge {badge}" data-phase="{c.Phase}">{phase}</span>""");
        int daysLeft = Period.DaysBetween(r.Today, c.ValidUntil);
        var expiry = daysLeft < 0
            ? Html.Of($"""<span class="badge bad">{r.L("verlopen", "expired")}</span>""")
            : daysLeft <= 90
                ? Html.Of($"""<span class="badge warn">{r.L($"nog {daysLeft.ToString(CultureInfo.InvariantCulture)} dagen", $"{daysLeft.ToString(CultureInfo.InvariantCulture)} days left")}</span>""")
                : Html.Empty;
        return Html.Of($"""
            <section class="card convenant" data-convenant="{c.Id}" aria-labelledby="{title}">
            <h2 id="{title}">{c.VmboName} – {c.MboName}</h2>
            <dl class="facts">
            <dt>{r.L("Vmbo-school", "Vmbo school")}</dt><dd class="vmbo">{c.VmboName}</dd>
            <dt>{r.L("Mbo-instelling", "Mbo institution")}</dt><dd class="mbo">{c.MboName}</dd>
            <dt>{r.L("Geldig tot", "Valid until")}</dt><dd class="valid-until"><time datetime="{c.ValidUntil:yyyy-MM-dd}">{r.Date(c.ValidUntil)}</time> {expiry}</dd>
            <dt>{r.L("Volgend bestuursgesprek", "Next board talk")}</dt><dd class="next-talk">{talk}</dd>
            </dl>
            {Outcome(r, c)}
            {Alerts(r, c)}
            <p class="actions"><a class="button" href="{ConvenantOutcomeForm.Path(c.Id)}">{r.L("Uitkomst vastleggen", "Record outcome")}</a></p>
            </section>
            """);
    }

    /// <summary>", 15:00–17:00": the talk's times as the workflow schedules them (nothing when unknown).</summary>
    private static Html Hours(DashboardRequest r, ConvenantView c)
    {
        if (c.TalkStart is not { } start || c.TalkEnd is not { } end)
        {
            return Html.Empty;
        }

        var pattern = NodaTime.Text.LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);
        string Time(DateTimeOffset at) => pattern.Format(Instant.FromDateTimeOffset(at).InZone(r.Zone).TimeOfDay);
        return Html.Of($"""<span class="talk-time">, {Time(start)}–{Time(end)}</span>""");
    }

    private static Html Outcome(DashboardRequest r, ConvenantView c)
    {
        string id = $"convenant-{c.Id}-outcome";
        if (c.LastOutcome is not { } last)
        {
            return Html.Of($"""
                <div class="outcome"><h3 id="{id}">{r.L("Laatste uitkomst", "Last outcome")}</h3>
                <p class="empty">{r.L("Nog geen uitkomst vastgelegd.", "No outcome recorded yet.")}</p></div>
                """);
        }

        var outcome = last.Outcome;
        var changes = outcome.AgreedChanges is { Count: > 0 } list
            ? Html.Of($"""<p>{r.L("Afspraken:", "Agreed changes:")}</p><ul class="agreed">{Html.Join(list, a => Html.Of($"<li>{a}</li>"))}</ul>""")
            : Html.Empty;
        var renewed = SubsidyRoundSnapshots.TryDate(outcome.ValidUntil) is { } until
            ? Html.Of($"""<p class="renewed">{r.L("Nieuwe einddatum", "New end date")}: <time datetime="{until}">{r.Date(SnapshotCalendar.Date(until))}</time></p>""")
            : Html.Empty;
        return Html.Of($"""
            <div class="outcome"><h3 id="{id}">{r.L("Laatste uitkomst", "Last outcome")}</h3>
            <p class="meta">{r.L("Bestuursgesprek", "Board talk")} {last.Year.ToString(CultureInfo.InvariantCulture)} ({r.Date(SnapshotCalendar.Date(last.TalkDate))}), {r.L("vastgelegd", "recorded")} {r.DateTime(last.RecordedAt)}</p>
            <p class="summary">{outcome.Summary}</p>
            {changes}
            {renewed}
            </div>
            """);
    }

    private static Html Alerts(DashboardRequest r, ConvenantView c)
    {
        string id = $"convenant-{c.Id}-alerts";
        var sent = Html.Join(c.SentAlerts, a => Html.Of($"""
            <li class="sent" data-date="{r.LocalDate(a.At):yyyy-MM-dd}"><span class="badge ok">{r.L("verstuurd", "sent")}</span> {r.DateTime(a.At)}{Reason(a.Reason)}</li>
            """));
        var upcoming = Html.Join(c.UpcomingAlerts, a => Html.Of($"""
            <li class="upcoming" data-date="{r.LocalDate(a.At):yyyy-MM-dd}"><span class="badge none">{r.L("gepland", "planned")}</span> {r.DateTime(a.At)} — {r.L($"{a.DaysLeft.ToString(CultureInfo.InvariantCulture)} dagen voor de einddatum", $"{a.DaysLeft.ToString(CultureInfo.InvariantCulture)} days before the end date")}</li>
            """));
        var list = c.SentAlerts.Count + c.UpcomingAlerts.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("Geen waarschuwingen meer te versturen.", "No alerts left to send.")}</p>""")
            : Html.Of($"""<ul class="alerts">{sent}{upcoming}</ul>""");
        return Html.Of($"""
            <div class="expiry"><h3 id="{id}">{r.L("Waarschuwingen einddatum", "Expiry alerts")}</h3>
            <p class="meta">{r.L("90 en 30 dagen voor de einddatum (op een werkdag) aan de directeuren van beide scholen.", "90 and 30 days before the end date (on a working day) to the directors of both schools.")}</p>
            {list}
            </div>
            """);
    }

    private static Html Reason(string? reason) => reason is null ? Html.Empty : Html.Of($" — {reason}");

    /// <summary>The workflow's phase in the coordinators' words.</summary>
    internal static (string Text, string Badge) Phase(DashboardRequest r, string phase) => phase switch
    {
        "invitation" or "expiry-alert" or "starting" => (r.L("gepland", "planned"), "none"),
        "reminder" or "check" or "talk" => (r.L("uitgenodigd", "invited"), "ok"),
        "outcome" or "outcome-reminder" => (r.L("wacht op uitkomst", "awaiting outcome"), "warn"),
        "working" => (r.L("bezig", "in progress"), "none"),
        "removed" => (r.L("uit de configuratie gehaald", "removed from the configuration"), "bad"),
        "not-started" => (r.L("niet gestart", "not started"), "bad"),
        _ => (r.L("gestopt", "stopped"), "bad"),
    };
}
