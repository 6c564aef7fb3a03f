using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Workflows.Messaging.Templates;

namespace Workflows.Host.Api.Links;

/// <summary>
/// The pages of the chair's agenda link, in the partnership's language (Dutch unless it reads English), with the look
/// and headers of the other link pages: the form (up to <see cref="AgendaProposalForm.MaxItems"/> items, errors next
/// to their fields and summed up on top), the thanks, and the link used.
/// </summary>
internal static class AgendaProposalPages
{
    public static IResult Form(AgendaProposalTarget t, IReadOnlyList<AgendaProposalRow>? rows = null, IReadOnlyDictionary<string, string>? errors = null)
    {
        bool en = t.English;
        errors ??= new Dictionary<string, string>();
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(Intro(t))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(en
                ? $"This link is valid until {Until(t)}."
                : $"Deze link is geldig tot {Until(t)}.")}</p>");
        if (errors.Count > 0)
        {
            // Summed up first, each linking to its field, and announced: a screen reader user hears what to fix.
            body.Append("<div class=\"errors\" role=\"alert\" tabindex=\"-1\"><h2>")
                .Append(Encode(en ? "Please check the form" : "Controleer het formulier"))
                .Append("</h2><ul>");
            foreach (var (field, message) in errors)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{field}\">{Encode(message)}</a></li>");
            }

            body.Append("</ul></div>");
        }

        body.Append("<form method=\"post\" novalidate>");
        for (int i = 1; i <= AgendaProposalForm.MaxItems; i++)
        {
            var row = rows is not null && rows.Count >= i ? rows[i - 1] : new AgendaProposalRow(string.Empty, string.Empty, i == 1 ? t.Chair.Name : string.Empty);
            string legend = en ? $"Item {i}" : $"Agendapunt {i}";
            if (i > 1)
            {
                legend += en ? " (optional)" : " (niet verplicht)";
            }

            body.Append(CultureInfo.InvariantCulture, $"<fieldset><legend>{Encode(legend)}</legend>")
                .Append(Field(AgendaProposalForm.TitleField(i), en ? "Title" : "Titel", en ? "at most 120 characters" : "maximaal 120 tekens", row.Title, errors, AgendaProposalForm.MaxTitleLength, required: i == 1))
                .Append(Field(AgendaProposalForm.ExplanationField(i), en ? "Short explanation" : "Korte toelichting", en ? "optional, at most 1000 characters" : "niet verplicht, maximaal 1000 tekens", row.Explanation, errors, AgendaProposalForm.MaxExplanationLength, multiline: true))
                .Append(Field(AgendaProposalForm.WhoField(i), en ? "Who brings it in" : "Wie brengt het in", en ? "name" : "naam", row.Who, errors, AgendaProposalForm.MaxWhoLength))
                .Append("</fieldset>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Encode(en ? "Propose" : "Voorstellen")}</button></form>");
        return LinkPages.Page(errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, Title(en), body.ToString(), language: t.Language);
    }

    public static IResult Done(AgendaProposalTarget t, IReadOnlyList<string> titles)
    {
        bool en = t.English;
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(en
                ? (titles.Count == 1 ? "Your proposal has been received:" : "Your proposals have been received:")
                : (titles.Count == 1 ? (Je(t) ? "Je voorstel is ontvangen:" : "Uw voorstel is ontvangen:") : (Je(t) ? "Je voorstellen zijn ontvangen:" : "Uw voorstellen zijn ontvangen:")))}</p><ul>");
        foreach (string title in titles)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li>{Encode(title)}</li>");
        }

        body.Append(CultureInfo.InvariantCulture, $"</ul><p>{Encode(en
            ? "The coordinators decide which items go on the agenda. The items they accept go out with the invitation, or with the updated agenda when the invitation has already been sent. You can close this window."
            : $"De coördinatoren bepalen welke punten op de agenda komen. De punten die zij op de agenda zetten, gaan mee met de uitnodiging, of met de bijgewerkte agenda als de uitnodiging al is verstuurd. {(Je(t) ? "Je" : "U")} kunt dit venster sluiten.")}</p>");
        return LinkPages.Page(StatusCodes.Status200OK, en ? "Thank you" : "Bedankt", body.ToString(), language: t.Language);
    }

    public static IResult Used(AgendaProposalTarget t) => LinkPages.Page(
        StatusCodes.Status410Gone,
        t.English ? "Link already used" : "Link al gebruikt",
        $"<p>{Encode(t.English
            ? "This link has already been used to propose agenda items. To add another item, please contact the coordinators."
            : Je(t)
                ? "Met deze link zijn al agendapunten voorgesteld. Wil je nog een punt op de agenda, neem dan contact op met de coördinatoren."
                : "Met deze link zijn al agendapunten voorgesteld. Wilt u nog een punt op de agenda, neem dan contact op met de coördinatoren.")}</p>",
        language: t.Language);

    private static string Title(bool en) => en ? "Propose agenda items" : "Agendapunten voorstellen";

    private static string Intro(AgendaProposalTarget t)
    {
        var s = t.Series;
        string day = MessageFormat.Date(t.Date, t.English ? MessageLanguage.English : MessageLanguage.Dutch);
        return t.English
            ? $"For {s.ShortName ?? s.Title} on {day}. You can propose up to three items at once; the link works once. The coordinators review the proposals and put items on the agenda."
            : $"Agendapunten voor {s.Name ?? s.Title} van {day}. {(Je(t) ? "Je" : "U")} kunt de link één keer gebruiken, voor maximaal drie punten tegelijk. De coördinatoren bekijken de voorstellen en stellen de agenda samen.";
    }

    /// <summary>The series' own tone: a chair addressed with je in the mail is addressed with je on its pages too.</summary>
    private static bool Je(AgendaProposalTarget t) => string.Equals(t.Series.Tone, "je", StringComparison.OrdinalIgnoreCase);

    private static string Until(AgendaProposalTarget t)
    {
        var local = NodaTime.Instant.FromDateTimeOffset(t.ExpiresAt).InZone(NodaTime.DateTimeZoneProviders.Tzdb[t.Series.TimeZone]);
        return TimeOfDayFormat.Deadline(local.Date, local.TimeOfDay, t.English ? MessageLanguage.English : MessageLanguage.Dutch);
    }

    private static string Field(string id, string label, string hint, string value, IReadOnlyDictionary<string, string> errors, int max, bool required = false, bool multiline = false)
    {
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{Encode(label)} <span class=\"hint\">({Encode(hint)})</span></label>");
        string described = string.Empty;
        if (errors.TryGetValue(id, out string? error))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" id=\"{id}-error\">{Encode(error)}</p>");
            described = $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"";
        }

        string attributes = string.Create(CultureInfo.InvariantCulture, $"id=\"{id}\" name=\"{id}\" maxlength=\"{max}\"{(required ? " required aria-required=\"true\"" : string.Empty)}{described}");
        html.Append(multiline
            ? $"<textarea {attributes} rows=\"4\">{Encode(value)}</textarea>"
            : $"<input type=\"text\" {attributes} value=\"{Encode(value)}\">");
        return html.ToString();
    }

    // Letters such as "é" stay as they are (WebUtility would write "&#233;"); markup characters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Html.Encode(text);
}
