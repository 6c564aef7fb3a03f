using System.Globalization;
using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The Overview tab's markup: a section per series, then the school year's cancelled and skipped occurrences.</summary>
internal static class OverviewRenderer
{
    public static Html Render(DashboardRequest r, OverviewModel model)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(model);
        var series = model.Series.Count == 0
            ? Html.Of($"<p class=\"empty\">{r.L("De configuratie heeft geen overlegreeksen.", "The configuration has no meeting series.")}</p>")
            : Html.Join(model.Series, s => Series(r, s));
        return Html.Of($"""
            <p class="meta">{r.L("Vandaag", "Today")}: {r.Date(r.Today)} · <a href="{YearPlan.YearPlanPage.Path}">{r.L("Jaarplanning voor de scholen", "Year plan for the schools")}</a> · <a href="{YearReport.YearReportPage.Path}">{r.L("Jaarverslag voor de besturen", "Year report for the boards")}</a></p>
            {series}
            {Cancelled(r, model)}
            """);
    }

    private static Html Series(DashboardRequest r, SeriesOverview s)
    {
        string id = s.Meeting.Id;
        var notRunning = s.Running
            ? Html.Empty
            : Html.Of($"<p class=\"empty\">{r.L("Deze reeks heeft geen lopende planning: er gaat niets uit en afgelasten of verplaatsen kan nu niet.", "This series has no running cycle: nothing is sent, and cancelling or moving is not possible now.")}</p>");
        var inHand = s.InHand is { } card ? OccurrenceCardRenderer.Render(r, card, s.Running) : Html.Empty;
        var upcoming = s.Upcoming.Count == 0
            ? Html.Empty
            : Html.Of($"""
                <p class="meta">{r.L("Daarna", "After that")}</p>
                <div class="grid">{Html.Join(s.Upcoming, u => OccurrenceCardRenderer.Render(r, u, s.Running))}</div>
                """);
        var nothing = s.InHand is null && s.Upcoming.Count == 0
            ? Html.Of($"<p class=\"empty\">{r.L("Geen bijeenkomsten meer gepland.", "No more meetings planned.")}</p>")
            : Html.Empty;
        return Html.Of($"""
            <section class="series" id="series-{id}" aria-labelledby="series-{id}-title">
            <h2 id="series-{id}-title">{s.Meeting.Title}</h2>
            {notRunning}{inHand}{upcoming}{nothing}{Notes(r, s.Notes)}
            </section>
            """);
    }

    private static Html Notes(DashboardRequest r, IReadOnlyList<ScheduleNote> notes)
    {
        if (notes.Count == 0)
        {
            return Html.Empty;
        }

        return Html.Of($"""
            <ul class="schedule-notes" aria-label="{r.L("Uitzonderingen in de planning", "Exceptions in the schedule")}">
            {Html.Join(notes, n => Html.Of($"<li data-date=\"{OccurrenceLinks.Iso(n.Date)}\">{r.ShortDate(n.Date)}: {Note(r, n)}</li>"))}
            </ul>
            """);
    }

    private static string Note(DashboardRequest r, ScheduleNote n) => n.Kind switch
    {
        ScheduleNoteKind.Skipped => r.L("vervalt", "skipped") + Because(n.Reason),
        ScheduleNoteKind.Cancelled => r.L("afgelast", "cancelled") + Because(n.Reason),
        _ => (n.MovedTo is { } to ? r.L($"verplaatst naar {r.ShortDate(to)}", $"moved to {r.ShortDate(to)}") : r.L("verplaatst", "moved")) + Because(n.Reason),
    };

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? string.Empty : $" ({reason})";

    private static Html Cancelled(DashboardRequest r, OverviewModel model)
    {
        string year = string.Create(CultureInfo.InvariantCulture, $"{model.SchoolYearStart.Year}–{model.SchoolYearEnd.Year}");
        var list = model.Cancelled.Count == 0
            ? Html.Of($"<p class=\"empty\">{r.L("Dit schooljaar is nog niets afgelast of overgeslagen.", "Nothing has been cancelled or skipped this school year.")}</p>")
            : Html.Of($"""
                <ul class="cancelled-list">
                {Html.Join(model.Cancelled, c => CancelledItem(r, c))}
                </ul>
                """);
        return Html.Of($"""
            <section id="cancelled" aria-labelledby="cancelled-title">
            <h2 id="cancelled-title">{r.L("Afgelast en overgeslagen", "Cancelled and skipped")}</h2>
            <p class="meta">{r.L("Schooljaar", "School year")} {year}</p>
            {list}
            </section>
            """);
    }

    private static Html CancelledItem(DashboardRequest r, CancelledOccurrence c)
    {
        var badge = c.Skipped
            ? Html.Of($"<span class=\"badge none\">{r.L("overgeslagen", "skipped")}</span>")
            : Html.Of($"<span class=\"badge bad\">{r.L("afgelast", "cancelled")}</span>");
        var reason = string.IsNullOrWhiteSpace(c.Reason) ? Html.Empty : Html.Of($": <span class=\"reason\">{c.Reason}</span>");
        return Html.Of($"<li data-series=\"{c.SeriesId}\" data-date=\"{OccurrenceLinks.Iso(c.Date)}\">{badge} <strong>{r.ShortDate(c.Date)}</strong>, {c.SeriesTitle}{reason}</li>\n");
    }

    /// <summary>"15.00–17.00 uur" / "15:00–17:00".</summary>
    public static string Times(DashboardRequest r, LocalDateTime start, LocalDateTime end)
        => r.Hours(start.TimeOfDay, end.TimeOfDay);
}
