using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Limits;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// The checks on a verslag and its action items, shared by the API, the dashboard and <c>simulate</c>: every mistake
/// is reported (in Dutch, or English for the command line), so all can be fixed at once, and a verslag that passes
/// never fails a step later (a mail, a table property, a reminder without an owner).
/// </summary>
public static class MinutesRules
{
    /// <summary>A verslag or besluitenlijst of a two-hour meeting, not a report (a longer one goes as a document).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>One action item: one or two sentences.</summary>
    public const int MaxWhatLength = 300;

    /// <summary>The checked action items, or null with the errors added.</summary>
    /// <param name="field">How the caller names the list in errors: "actionItems" (API, responses file) or a form label.</param>
    public static IReadOnlyList<ActionItem>? Check(
        SeriesSnapshot series, string date, string text, IReadOnlyList<ActionItemDraft> drafts, List<string> errors, string field = "actionItems", bool english = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(errors);
        int before = errors.Count;
        if (TextLimits.Check(text, "text", MaxTextLength, multiline: true, english) is { } textError)
        {
            errors.Add(textError);
        }

        if (drafts.Count > MinutesStore.MaxActionItems)
        {
            errors.Add(english
                ? string.Create(CultureInfo.InvariantCulture, $"{field} has {drafts.Count} items; at most {MinutesStore.MaxActionItems} per meeting.")
                : string.Create(CultureInfo.InvariantCulture, $"{field} heeft {drafts.Count} actiepunten; hoogstens {MinutesStore.MaxActionItems} per bijeenkomst."));
            return null;
        }

        var meetingDay = LocalDatePattern.Iso.Parse(date).GetValueOrThrow();
        var items = new List<ActionItem>();
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            string? what = null;
            if (string.IsNullOrWhiteSpace(d.What))
            {
                errors.Add(english ? $"{at}.what is missing: what is to be done." : $"{at}.what ontbreekt: wat er moet gebeuren.");
            }
            else if (TextLimits.Check(d.What, $"{at}.what", MaxWhatLength, multiline: false, english) is { } whatError)
            {
                errors.Add(whatError);
            }
            else
            {
                what = string.Join(' ', d.What.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }

            var owner = string.IsNullOrWhiteSpace(d.Owner) ? null : MinutesVoice.Person(series, d.Owner);
            if (owner is null)
            {
                errors.Add(string.IsNullOrWhiteSpace(d.Owner)
                    ? english ? $"{at}.owner is missing: the person id of who does it." : $"{at}.owner ontbreekt: het id van wie het doet."
                    : TextLimits.Fits(d.Owner, TextLimits.Id)
                        ? english ? $"{at}.owner '{d.Owner}' is not a member, chair or coordinator of this series." : $"{at}.owner '{d.Owner}' is geen lid, voorzitter of coördinator van deze overlegreeks."
                        : english ? $"{at}.owner is not a member, chair or coordinator of this series." : $"{at}.owner is geen lid, voorzitter of coördinator van deze overlegreeks.");
            }

            LocalDate? due = null;
            if (string.IsNullOrWhiteSpace(d.Due) || d.Due.Length > 10 || LocalDatePattern.Iso.Parse(d.Due) is not { Success: true } parsed)
            {
                errors.Add(english ? $"{at}.due must be a date (yyyy-MM-dd)." : $"{at}.due moet een datum zijn (jjjj-mm-dd).");
            }
            else if (parsed.Value <= meetingDay)
            {
                errors.Add(english ? $"{at}.due must come after the meeting ({date})." : $"{at}.due moet na de bijeenkomst liggen ({date}).");
            }
            else
            {
                due = parsed.Value;
            }

            if (what is not null && owner is not null && due is { } day)
            {
                items.Add(new ActionItem(series.SeriesId, date, ActionItemKeys.Of(owner.Id, what), what, owner.Id, owner.Name, LocalDatePattern.Iso.Format(day)));
            }
        }

        foreach (var twice in items.GroupBy(i => i.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(english
                ? $"{field}: '{twice.First().What}' for {twice.First().OwnerName} is in the list twice."
                : $"{field}: '{twice.First().What}' voor {twice.First().OwnerName} staat twee keer in de lijst.");
        }

        return errors.Count > before ? null : items;
    }
}
