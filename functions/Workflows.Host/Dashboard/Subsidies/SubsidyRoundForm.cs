using System.Globalization;
using Microsoft.AspNetCore.Http;
using Workflows.Host.Api.Subsidies;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>
/// The register-round form: the fields of <c>POST /api/subsidy-rounds</c> as form fields (audience one selector per
/// line, reminders as days separated by commas), read back into the same request the API takes.
/// </summary>
internal static class SubsidyRoundForm
{
    public const string Path = DashboardEndpoints.Prefix + "/subsidies/new";

    /// <summary>The request the form describes, and what could not be read as such (e.g. a reminder that is no number).</summary>
    public static (SubsidyRoundRequest Request, List<string> Errors) Read(DashboardRequest r, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new List<string>();
        string? Field(string name) => form[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        var audience = (Field("audience") ?? string.Empty)
            .Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        List<int>? reminders = null;
        if (Field("reminders") is { } days)
        {
            reminders = [];
            foreach (string day in days.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                {
                    reminders.Add(value);
                }
                else
                {
                    errors.Add(r.L($"reminders: '{day}' is geen aantal dagen.", $"reminders: '{day}' is not a number of days."));
                }
            }
        }

        bool share = string.Equals(form["shareApplications"].ToString(), "yes", StringComparison.Ordinal);
        // The time field is optional: empty, the whole deadline day counts.
        string? deadline = Field("deadline") is { } date && Field("deadlineTime") is { } clock ? $"{date}T{clock}" : Field("deadline");
        return (new SubsidyRoundRequest(Field("id"), Field("title"), Field("funder"), deadline, audience, reminders, Field("url"), share), errors);
    }

    /// <summary>The form, filled with what was posted (empty on first visit).</summary>
    public static Html Render(DashboardRequest r, IFormCollection? posted)
    {
        string Value(string name) => posted?[name].ToString() ?? string.Empty;
        bool share = string.Equals(Value("shareApplications"), "yes", StringComparison.Ordinal);
        var shareBox = share
            ? Html.Raw("""<input type="checkbox" id="round-share" name="shareApplications" value="yes" checked>""")
            : Html.Raw("""<input type="checkbox" id="round-share" name="shareApplications" value="yes">""");
        return Html.Of($"""
            <form method="post" action="{Path}" class="card">
            {r.CsrfField()}
            <div class="form-grid">
            <div><label for="round-id">{r.L("Id", "Id")} <span class="hint">{r.L("kleine letters, cijfers en streepjes, bijv. techniek-2027", "lower-case letters, digits and dashes, e.g. techniek-2027")}</span></label>
            <input type="text" id="round-id" name="id" value="{Value("id")}" required maxlength="60"></div>
            <div><label for="round-title">{r.L("Titel", "Title")}</label>
            <input type="text" id="round-title" name="title" value="{Value("title")}" required maxlength="200"></div>
            <div><label for="round-funder">{r.L("Subsidiegever", "Funder")}</label>
            <input type="text" id="round-funder" name="funder" value="{Value("funder")}" required maxlength="200"></div>
            <div><label for="round-deadline">{r.L("Deadline", "Deadline")}</label>
            <input type="date" id="round-deadline" name="deadline" value="{Value("deadline")}" required></div>
            <div><label for="round-deadline-time">{r.L("Tijd", "Time")} <span class="hint">{r.L("optioneel; leeg: de hele dag telt mee", "optional; empty: the whole day counts")}</span></label>
            <input type="time" id="round-deadline-time" name="deadlineTime" value="{Value("deadlineTime")}"></div>
            <div><label for="round-audience">{r.L("Ontvangers", "Recipients")} <span class="hint">{r.L("één selector per regel, bijv. role:directeur of kind:mbo&role:sectordirecteur", "one selector per line, e.g. role:directeur or kind:mbo&role:sectordirecteur")}</span></label>
            <textarea id="round-audience" name="audience" required>{Value("audience")}</textarea></div>
            <div><label for="round-reminders">{r.L("Herinneringen", "Reminders")} <span class="hint">{r.L("dagen voor de deadline, bijv. 30, 14, 7, 1 (leeg: die standaard)", "days before the deadline, e.g. 30, 14, 7, 1 (empty: that default)")}</span></label>
            <input type="text" id="round-reminders" name="reminders" value="{Value("reminders")}"></div>
            <div><label for="round-url">{r.L("Adres van de regeling", "Address of the scheme")} <span class="hint">{r.L("optioneel", "optional")}</span></label>
            <input type="text" id="round-url" name="url" value="{Value("url")}" inputmode="url"></div>
            <div class="check">{shareBox} <label for="round-share">{r.L("Aanvragen delen met de andere scholen", "Share applications with the other schools")}</label></div>
            </div>
            <div class="actions">
            <button type="submit" class="primary">{r.L("Registreren", "Register")}</button>
            <a class="button" href="{DashboardLayout.Path(DashboardTab.Subsidies)}">{r.L("Annuleren", "Cancel")}</a>
            </div>
            </form>
            """);
    }
}
