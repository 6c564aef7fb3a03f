using NodaTime.Text;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// The organizations whose turnout fell below the series' threshold, each occurrence with who declined and their
/// comment: "if turnout is low, they find out why".
/// </summary>
internal static class LowTurnoutSection
{
    public static Html Render(DashboardRequest r, AttendanceReport report)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(report);
        string threshold = AttendanceFormat.Percent(report.Threshold, r.Culture);
        var content = report.Low.Count == 0
            ? Html.Of($"""<p class="empty">{r.L($"Geen organisatie kwam onder de drempel van {threshold}.", $"No organization fell below the threshold of {threshold}.")}</p>""")
            : Html.Join(report.Low, o => Organization(r, o));
        return Html.Of($"""
            <section id="low-turnout" aria-labelledby="low-turnout-title">
            <h2 id="low-turnout-title">{r.L("Lage opkomst", "Low turnout")}</h2>
            <p class="meta">{r.L($"Organisaties waarvan bij een bijeenkomst minder dan {threshold} van de genodigden aanwezig was, met de toelichting van wie zich afmeldde.", $"Organizations of which fewer than {threshold} of those invited attended a meeting, with the comments of those who declined.")}</p>
            {content}
            </section>
            """);
    }

    private static Html Organization(DashboardRequest r, LowTurnoutOrganization o) => Html.Of($"""
        <article class="card risk low-turnout" data-org="{o.OrganizationId}">
        <h3>{o.Name}</h3>
        <ul class="occurrences">{Html.Join(o.Occurrences, occurrence => Occurrence(r, occurrence))}</ul>
        </article>

        """);

    private static Html Occurrence(DashboardRequest r, LowTurnoutOccurrence o)
    {
        string figures = r.L(
            $"{o.Attended} van {o.Invited} aanwezig ({AttendanceFormat.Percent(o.Rate, r.Culture)}), {o.Declined} afgemeld",
            $"{o.Attended} of {o.Invited} attended ({AttendanceFormat.Percent(o.Rate, r.Culture)}), {o.Declined} declined");
        var comments = o.Declines.Count == 0
            ? Html.Empty
            : Html.Of($"""<ul class="comments">{Html.Join(o.Declines, d => d.Comment is { Length: > 0 } comment
                ? Html.Of($"""<li><span class="who">{d.Name}</span>: <q>{comment}</q></li>""")
                : Html.Of($"""<li><span class="who">{d.Name}</span>: <span class="meta">{r.L("geen toelichting", "no comment")}</span></li>"""))}</ul>""");
        return Html.Of($"""<li data-date="{LocalDatePattern.Iso.Format(o.Date)}"><strong>{r.ShortDate(o.Date)}</strong>: {figures}{comments}</li>""");
    }
}
