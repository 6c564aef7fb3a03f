using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Dashboard;

/// <summary>
/// The two steps every action takes: a confirmation page that says exactly what will happen (the same form again
/// with <c>confirmed=yes</c>), then the result. Nothing changes before the coordinator confirms.
/// </summary>
internal static class DashboardForms
{
    public const string ConfirmedField = "confirmed";

    /// <summary>Whether the posted form is the confirmed second step.</summary>
    public static bool IsConfirmed(IFormCollection form)
        => string.Equals(form[ConfirmedField].ToString(), "yes", StringComparison.Ordinal);

    /// <summary>The confirmation page: what will happen, the fields posted again (hidden), confirm or go back.</summary>
    public static IResult Confirm(DashboardRequest r, DashboardTab tab, string title, Html summary, string action, IEnumerable<KeyValuePair<string, string>> fields, string back)
    {
        ArgumentNullException.ThrowIfNull(r);
        var hidden = Html.Join(fields.Where(f => f.Key is not DashboardAuthentication.CsrfField and not ConfirmedField),
            f => Html.Of($"<input type=\"hidden\" name=\"{f.Key}\" value=\"{f.Value}\">"));
        return DashboardLayout.Page(r, tab, title, Html.Of($"""
            <section class="card confirm" aria-labelledby="confirm-title">
            <h2 id="confirm-title">{r.L("Weet u het zeker?", "Are you sure?")}</h2>
            {summary}
            <form method="post" action="{action}">
            {r.CsrfField()}{hidden}<input type="hidden" name="{ConfirmedField}" value="yes">
            <div class="actions">
            <button type="submit" class="primary">{r.L("Bevestigen", "Confirm")}</button>
            <a class="button" href="{back}">{r.L("Terug", "Back")}</a>
            </div>
            </form>
            </section>
            """));
    }

    /// <summary>The result of a confirmed action (202-style: the workflow takes it from here).</summary>
    public static IResult Done(DashboardRequest r, DashboardTab tab, string title, string message, string back)
        => DashboardLayout.Page(r, tab, title, Html.Of($"""
            <div class="notice" role="status"><p>{message}</p></div>
            <p><a class="button" href="{back}">{r.L("Terug", "Back")}</a></p>
            """));

    /// <summary>Errors of a posted form, listed above it (status 400); the form is shown again with what was typed.</summary>
    public static Html Errors(DashboardRequest r, IReadOnlyList<string> errors)
        => errors.Count == 0
            ? Html.Empty
            : Html.Of($"""
                <div class="errors" role="alert"><p>{r.L("Dit is niet goed gegaan:", "This did not work:")}</p><ul>{Html.Join(errors, e => Html.Of($"<li>{e}</li>"))}</ul></div>
                """);

    /// <summary>All posted fields as pairs, to repeat them on the confirmation page.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Fields(IFormCollection form)
        => form.Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString()));
}
