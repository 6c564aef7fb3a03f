using NodaTime.Text;
using Workflows.Orchestrations.Minutes;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>
/// The action items still open across all series, by due date, late ones marked: what the coordinators chase between
/// meetings. The same items the next agenda carries under "Actiepunten vorig overleg" (a draft's items count too).
/// </summary>
internal static class OpenActionItemsSection
{
    public static Html Render(DashboardRequest r, PartnershipConfig config, IReadOnlyList<MeetingMinutes> minutes)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(minutes);
        var open = minutes.SelectMany(m => m.ActionItems).Where(i => i.Open)
            .OrderBy(i => i.Due, StringComparer.Ordinal).ThenBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.What, StringComparer.Ordinal).ToList();
        int late = open.Count(i => MinutesView.Overdue(r, i));
        var body = open.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("Er staan geen actiepunten open.", "No action items are open.")}</p>""")
            : Html.Of($"""
                <p class="meta">{(late == 0 ? r.L($"{open.Count} open.", $"{open.Count} open.") : r.L($"{open.Count} open, waarvan {late} te laat.", $"{open.Count} open, {late} of them overdue."))}</p>
                <div class="table-wrap"><table class="open-action-items">
                <thead><tr><th scope="col">{r.L("Wat", "What")}</th><th scope="col">{r.L("Wie", "Who")}</th><th scope="col">{r.L("Uiterlijk", "Due")}</th><th scope="col">{r.L("Afgesproken in", "Agreed at")}</th></tr></thead>
                <tbody>
                {Html.Join(open, i => Row(r, config, i))}
                </tbody>
                </table></div>
                """);
        return Html.Of($"""
            <section id="open-action-items" aria-labelledby="open-action-items-title">
            <h2 id="open-action-items-title">{r.L("Openstaande actiepunten", "Open action items")}</h2>
            {body}
            </section>
            """);
    }

    private static Html Row(DashboardRequest r, PartnershipConfig config, ActionItem item)
    {
        string title = config.FindMeeting(item.Series)?.Title ?? item.Series;
        string when = LocalDatePattern.Iso.Parse(item.Date) is { Success: true } date ? $"{title}, {r.ShortDate(date.Value)}" : title;
        var due = MinutesView.Overdue(r, item)
            ? Html.Of($"""{MinutesView.Due(r, item)} <span class="badge bad">{r.L("te laat", "overdue")}</span>""")
            : Html.Of($"{MinutesView.Due(r, item)}");
        return Html.Of($"""
            <tr data-key="{item.Key}" data-overdue="{(MinutesView.Overdue(r, item) ? "yes" : "no")}">
            <td>{item.What}</td>
            <td>{item.OwnerName}</td>
            <td>{due}</td>
            <td><a href="{MinutesPage.PathOf(item.Series, item.Date)}">{when}</a></td>
            </tr>

            """);
    }
}
