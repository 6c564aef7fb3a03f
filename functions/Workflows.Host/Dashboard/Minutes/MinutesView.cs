using NodaTime.Text;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>
/// An approved verslag, read-only: when and how it was approved, the text, and each action item with its state
/// (open, late, done on …) and a button to tick it off or reopen it.
/// </summary>
internal static class MinutesView
{
    public const string DoneField = "done";

    public static Html Render(DashboardRequest r, MinutesTarget t, MeetingMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(minutes);
        string approved = r.L(
            $"Vastgesteld op {r.DateTime(minutes.ApprovedAt!.Value)}{Who(r, minutes.ApprovedBy)} en verstuurd aan de leden.",
            $"Approved on {r.DateTime(minutes.ApprovedAt!.Value)}{Who(r, minutes.ApprovedBy)} and sent to the members.");
        var items = minutes.ActionItems.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("Bij deze bijeenkomst zijn geen actiepunten afgesproken.", "No action items were agreed at this meeting.")}</p>""")
            : Html.Of($"""
                <div class="table-wrap"><table class="action-items">
                <thead><tr><th scope="col">{r.L("Wat", "What")}</th><th scope="col">{r.L("Wie", "Who")}</th><th scope="col">{r.L("Uiterlijk", "Due")}</th><th scope="col">{r.L("Status", "State")}</th><th scope="col">{r.L("Actie", "Action")}</th></tr></thead>
                <tbody>
                {Html.Join(minutes.ActionItems, i => Item(r, t, i))}
                </tbody>
                </table></div>
                """);
        return Html.Of($"""
            <p class="meta approved" data-approved="yes">{approved}</p>
            <section class="card verslag" aria-labelledby="verslag-title">
            <h2 id="verslag-title">{r.L("Verslag", "Minutes")}</h2>
            {Paragraphs(minutes.Text)}
            </section>
            <section class="card" id="action-items" aria-labelledby="action-items-title">
            <h2 id="action-items-title">{r.L("Actiepunten", "Action items")}</h2>
            {items}
            </section>
            """);
    }

    /// <summary>"open", "open" and "te laat" when past its date, or "gedaan op …": told in words, not by colour alone.</summary>
    public static Html State(DashboardRequest r, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(item);
        if (item.DoneAt is { } done)
        {
            return Html.Of($"""<span class="badge ok">{r.L($"gedaan op {r.Date(r.LocalDate(done))}", $"done on {r.Date(r.LocalDate(done))}")}</span>""");
        }

        return Overdue(r, item)
            ? Html.Of($"""<span class="badge warn">{r.L("open", "open")}</span> <span class="badge bad">{r.L("te laat", "overdue")}</span>""")
            : Html.Of($"""<span class="badge warn">{r.L("open", "open")}</span>""");
    }

    /// <summary>Open and its date has passed.</summary>
    public static bool Overdue(DashboardRequest r, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(item);
        return item.Open && LocalDatePattern.Iso.Parse(item.Due) is { Success: true } due && due.Value < r.Today;
    }

    /// <summary>The due date as on the page ("vr 18 dec 2026"); the stored text when it is no date.</summary>
    public static string Due(DashboardRequest r, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(item);
        return LocalDatePattern.Iso.Parse(item.Due) is { Success: true } due ? r.ShortDate(due.Value) : item.Due;
    }

    private static Html Item(DashboardRequest r, MinutesTarget t, ActionItem item)
    {
        var button = item.Open
            ? Html.Of($"""<button type="submit" name="{DoneField}" value="yes" aria-label="{r.L($"Afvinken: {item.What}", $"Tick off: {item.What}")}">{r.L("Afvinken", "Tick off")}</button>""")
            : Html.Of($"""<button type="submit" name="{DoneField}" value="no" aria-label="{r.L($"Weer openzetten: {item.What}", $"Reopen: {item.What}")}">{r.L("Weer openzetten", "Reopen")}</button>""");
        return Html.Of($"""
            <tr data-key="{item.Key}" data-state="{(item.Open ? "open" : "done")}">
            <td>{item.What}</td>
            <td>{item.OwnerName}</td>
            <td>{Due(r, item)}</td>
            <td>{State(r, item)}</td>
            <td><form method="post" action="{MinutesPage.DonePath(t.Meeting.Id, t.Iso, item.Key)}">{r.CsrfField()}{button}</form></td>
            </tr>

            """);
    }

    /// <summary>Paragraphs at blank lines, single line breaks kept: the verslag as it was typed.</summary>
    private static Html Paragraphs(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.Length == 0
            ? Html.Empty
            : Html.Join(paragraphs, p => Html.Of($"<p>{Html.Join(p.Split('\n').Select((line, i) => i == 0 ? Html.Text(line) : Html.Of($"<br>{line}")))}</p>"));
    }

    private static string Who(DashboardRequest r, string? who) => who switch
    {
        MinutesPage.Who => r.L(" via het dashboard", " on the dashboard"),
        "api" => r.L(" via de API", " through the API"),
        null or "" => string.Empty,
        _ => r.L($" door {who}", $" by {who}"),
    };
}
