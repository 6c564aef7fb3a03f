using System.Globalization;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Dashboard.Minutes;

/// <summary>
/// The verslag form: the text, one row per action item (what, who as a choice of the series' people, due date) and a
/// few empty rows to add items. Its checks name the row and the field as the coordinator sees them, in the
/// dashboard's language; <see cref="MinutesRules"/> (through <see cref="MinutesCommands"/>) checks again before anything is stored.
/// </summary>
internal static class MinutesForm
{
    public const string TextField = "text";
    public const string WhatField = "what";
    public const string OwnerField = "owner";
    public const string DueField = "due";
    public const string StepField = "step";
    public const string SaveStep = "save";
    public const string ApproveStep = "approve";

    /// <summary>Empty rows under the items: room to add some at once; saving gives new ones.</summary>
    public const int BlankRows = 3;

    /// <summary>More rows than the page ever shows: only a hand-made form has them.</summary>
    public const int MaxRows = MinutesStore.MaxActionItems + 20;

    /// <summary>The posted text and rows; null when the form has more rows than the page could have shown.</summary>
    public static (string Text, List<ActionItemRow> Rows)? Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var whats = form[WhatField];
        var owners = form[OwnerField];
        var dues = form[DueField];
        int count = Math.Max(whats.Count, Math.Max(owners.Count, dues.Count));
        if (count > MaxRows)
        {
            return null;
        }

        var rows = new List<ActionItemRow>(count);
        for (int i = 0; i < count; i++)
        {
            rows.Add(new ActionItemRow(At(whats, i), At(owners, i), At(dues, i)));
        }

        return (form[TextField].ToString(), rows);
    }

    /// <summary>The items the rows keep (a row without "what" is removed).</summary>
    public static List<ActionItemDraft> Drafts(IEnumerable<ActionItemRow> rows) =>
        [.. rows.Where(row => !row.Removed).Select(row => new ActionItemDraft(row.What, row.Owner, row.Due))];

    /// <summary>Every mistake in the form, each naming the row as numbered on the page; empty when it can be saved.</summary>
    /// <param name="approving">Approval also needs a text: an empty verslag is not sent.</param>
    public static List<string> Check(DashboardRequest r, MinutesTarget t, string text, IReadOnlyList<ActionItemRow> rows, bool approving)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<string>();
        if (text.Length > MinutesRules.MaxTextLength)
        {
            errors.Add(r.L(
                $"Het verslag is te lang: {Number(r, text.Length)} tekens, hoogstens {Number(r, MinutesRules.MaxTextLength)}. Zet een langer verslag in een document.",
                $"The minutes are too long: {Number(r, text.Length)} characters, at most {Number(r, MinutesRules.MaxTextLength)}. Put longer minutes in a document."));
        }
        else if (TextLimits.IndexOfForbidden(text, multiline: true) is var bad and >= 0)
        {
            errors.Add(r.L(
                $"Het verslag bevat op positie {Number(r, bad + 1)} een teken dat niet kan worden opgeslagen (een stuurteken). Haal het weg en sla opnieuw op.",
                $"The minutes contain a character that cannot be stored (a control character) at position {Number(r, bad + 1)}. Remove it and save again."));
        }
        else if (approving && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(r.L("Het verslag is nog leeg; een leeg verslag wordt niet vastgesteld.", "The minutes are still empty; empty minutes are not approved."));
        }

        var kept = rows.Where(row => !row.Removed).ToList();
        if (kept.Count > MinutesStore.MaxActionItems)
        {
            errors.Add(r.L(
                $"Er zijn {kept.Count} actiepunten; hoogstens {MinutesStore.MaxActionItems} per bijeenkomst.",
                $"There are {kept.Count} action items; at most {MinutesStore.MaxActionItems} per meeting."));
            return errors;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            if (!rows[i].Removed)
            {
                CheckRow(r, t, i + 1, rows[i], errors);
            }
        }

        if (errors.Count == 0)
        {
            // What only the shared rules see (the same item twice): their words, the list named as on the page.
            MinutesRules.Check(t.Series, t.Iso, text, Drafts(rows), errors, r.L("Actiepunten", "Action items"), r.English);
        }

        return errors;
    }

    /// <summary>The people an item can belong to, as the rules accept them: members, the chair, the coordinators.</summary>
    public static IReadOnlyList<MemberSnapshot> People(SeriesSnapshot series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series.Members.Concat(series.Chair is { } chair ? [chair] : []).Concat(series.Coordinators).DistinctBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>"Hilde Voskamp (ROC Achterhoek)".</summary>
    public static string Label(MemberSnapshot person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return string.IsNullOrWhiteSpace(person.OrganizationName) ? person.Name : $"{person.Name} ({person.OrganizationName})";
    }

    /// <summary>The form, filled with <paramref name="text"/> and <paramref name="rows"/> (and empty rows after them).</summary>
    public static Html Render(DashboardRequest r, MinutesTarget t, string text, IReadOnlyList<ActionItemRow> rows, IReadOnlyDictionary<string, string> ownerNames)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(rows);
        int blanks = Math.Max(0, Math.Min(BlankRows, MinutesStore.MaxActionItems - rows.Count(row => !row.Removed)));
        var all = rows.Concat(Enumerable.Repeat(ActionItemRow.Blank, blanks)).ToList();
        var people = People(t.Series);
        return Html.Of($"""
            <form method="post" action="{t.Path}" class="minutes-form">
            {r.CsrfField()}
            <div class="field">
            <label for="minutes-text">{r.L("Verslag of besluitenlijst", "Minutes or list of decisions")}</label>
            <p class="hint" id="minutes-text-hint">{r.L($"Gewone tekst zonder opmaak; laat een witregel tussen alinea's. Hoogstens {Number(r, MinutesRules.MaxTextLength)} tekens.", $"Plain text; leave a blank line between paragraphs. At most {Number(r, MinutesRules.MaxTextLength)} characters.")}</p>
            <textarea id="minutes-text" name="{TextField}" rows="16" aria-describedby="minutes-text-hint">{text}</textarea>
            </div>
            <fieldset class="action-items">
            <legend>{r.L("Actiepunten", "Action items")}</legend>
            <p class="hint">{r.L("Per actiepunt: wat er moet gebeuren, wie het doet en wanneer het uiterlijk klaar is (na de bijeenkomst). Laat 'Wat' leeg om een actiepunt te verwijderen. Meer regels nodig? Sla het concept op; er komen dan nieuwe lege regels bij.", "Per action item: what is to be done, who does it and when it is due (after the meeting). Leave 'What' empty to remove an item. Need more rows? Save the draft; new empty rows then appear.")}</p>
            <div class="table-wrap"><table class="action-items-edit">
            <thead><tr><th scope="col">#</th><th scope="col">{r.L("Wat", "What")}</th><th scope="col">{r.L("Wie", "Who")}</th><th scope="col">{r.L("Uiterlijk", "Due")}</th></tr></thead>
            <tbody>
            {Html.Join(all.Select((row, i) => (row, i)), x => Row(r, x.i, x.row, people, ownerNames))}
            </tbody>
            </table></div>
            </fieldset>
            <div class="actions">
            <button type="submit" name="{StepField}" value="{SaveStep}">{r.L("Opslaan als concept", "Save as draft")}</button>
            <button type="submit" name="{StepField}" value="{ApproveStep}" class="primary">{r.L("Vaststellen en versturen", "Approve and send")}</button>
            </div>
            </form>
            """);
    }

    /// <summary>The rows of stored items, to fill the form.</summary>
    public static List<ActionItemRow> Rows(IEnumerable<ActionItem> items) => [.. items.Select(i => new ActionItemRow(i.What, i.Owner, i.Due))];

    /// <summary>The form's fields in the order of the page (each row's three together), to post them again after the confirmation.</summary>
    public static List<KeyValuePair<string, string>> Fields(string text, IEnumerable<ActionItemRow> rows, string step)
    {
        var fields = new List<KeyValuePair<string, string>> { new(TextField, text), new(StepField, step) };
        foreach (var row in rows.Where(row => !row.Removed))
        {
            fields.Add(new(WhatField, row.What));
            fields.Add(new(OwnerField, row.Owner));
            fields.Add(new(DueField, row.Due));
        }

        return fields;
    }

    private static void CheckRow(DashboardRequest r, MinutesTarget t, int n, ActionItemRow row, List<string> errors)
    {
        if (row.What.Length > MinutesRules.MaxWhatLength)
        {
            errors.Add(r.L(
                $"Actiepunt {n}: 'Wat' is te lang: {row.What.Length} tekens, hoogstens {MinutesRules.MaxWhatLength}.",
                $"Action item {n}: 'What' is too long: {row.What.Length} characters, at most {MinutesRules.MaxWhatLength}."));
        }
        else if (TextLimits.IndexOfForbidden(row.What) >= 0)
        {
            errors.Add(r.L($"Actiepunt {n}: 'Wat' moet op één regel staan, zonder stuurtekens.", $"Action item {n}: 'What' must be one line, without control characters."));
        }

        if (string.IsNullOrWhiteSpace(row.Owner))
        {
            errors.Add(r.L($"Actiepunt {n}: kies wie het doet.", $"Action item {n}: choose who does it."));
        }
        else if (!People(t.Series).Any(p => string.Equals(p.Id, row.Owner, StringComparison.Ordinal)))
        {
            errors.Add(r.L(
                $"Actiepunt {n}: '{TextLimits.Cut(row.Owner, TextLimits.Id)}' is geen lid, voorzitter of coördinator van deze overlegreeks (meer); kies een ander.",
                $"Action item {n}: '{TextLimits.Cut(row.Owner, TextLimits.Id)}' is not (or no longer) a member, chair or coordinator of this series; choose someone else."));
        }

        if (string.IsNullOrWhiteSpace(row.Due))
        {
            errors.Add(r.L($"Actiepunt {n}: vul in wanneer het uiterlijk klaar moet zijn.", $"Action item {n}: fill in when it is due."));
        }
        else if (row.Due.Length != 10 || LocalDatePattern.Iso.Parse(row.Due) is not { Success: true } due)
        {
            errors.Add(r.L($"Actiepunt {n}: '{TextLimits.Cut(row.Due, 12)}' is geen datum.", $"Action item {n}: '{TextLimits.Cut(row.Due, 12)}' is not a date."));
        }
        else if (due.Value <= t.Date)
        {
            errors.Add(r.L(
                $"Actiepunt {n}: de datum moet na de bijeenkomst liggen (na {r.Date(t.Date)}).",
                $"Action item {n}: the date must come after the meeting (after {r.Date(t.Date)})."));
        }
    }

    private static Html Row(DashboardRequest r, int i, ActionItemRow row, IReadOnlyList<MemberSnapshot> people, IReadOnlyDictionary<string, string> ownerNames)
    {
        int n = i + 1;
        var options = people.Select(p => (p.Id, Label: Label(p))).ToList();
        if (row.Owner.Length > 0 && !options.Any(o => string.Equals(o.Id, row.Owner, StringComparison.Ordinal)))
        {
            // Someone no longer in the series (or a hand-made value): shown as chosen, so the error about it is visible.
            options.Add((row.Owner, ownerNames.TryGetValue(row.Owner, out string? name) ? name : TextLimits.Cut(row.Owner, TextLimits.Id)));
        }

        var choices = Html.Join(options, o => string.Equals(o.Id, row.Owner, StringComparison.Ordinal)
            ? Html.Of($"""<option value="{o.Id}" selected>{o.Label}</option>""")
            : Html.Of($"""<option value="{o.Id}">{o.Label}</option>"""));
        string number = n.ToString(CultureInfo.InvariantCulture);
        return Html.Of($"""
            <tr data-row="{number}">
            <td class="num">{number}</td>
            <td><input type="text" id="what-{number}" name="{WhatField}" value="{row.What}" maxlength="{MinutesRules.MaxWhatLength}" aria-label="{r.L($"Actiepunt {n}: wat", $"Action item {n}: what")}"></td>
            <td><select id="owner-{number}" name="{OwnerField}" aria-label="{r.L($"Actiepunt {n}: wie", $"Action item {n}: who")}"><option value="">{r.L("(kies)", "(choose)")}</option>{choices}</select></td>
            <td><input type="date" id="due-{number}" name="{DueField}" value="{row.Due}" aria-label="{r.L($"Actiepunt {n}: uiterlijk", $"Action item {n}: due")}"></td>
            </tr>

            """);
    }

    private static string Number(DashboardRequest r, int value) => value.ToString("N0", r.Culture);

    private static string At(Microsoft.Extensions.Primitives.StringValues values, int i) => i < values.Count ? values[i] ?? string.Empty : string.Empty;
}
