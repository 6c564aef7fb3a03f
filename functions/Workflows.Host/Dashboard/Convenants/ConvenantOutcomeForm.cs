using Microsoft.AspNetCore.Http;
using Workflows.Host.Api.Reviews;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>
/// The outcome form: the fields of <c>POST /api/convenants/{id}/review-outcome</c> (agreed changes one per line,
/// validUntil optional), read back into the same request the API takes.
/// </summary>
internal static class ConvenantOutcomeForm
{
    public static string Path(string convenantId) => $"{DashboardEndpoints.Prefix}/convenants/{Uri.EscapeDataString(convenantId)}/outcome";

    public static ReviewOutcomeRequest Read(IFormCollection form)
    {
        string summary = form["summary"].ToString();
        var changes = form["agreedChanges"].ToString()
            .Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        string until = form["validUntil"].ToString().Trim();
        return new ReviewOutcomeRequest(summary, changes, until.Length == 0 ? null : until);
    }

    public static Html Render(DashboardRequest r, string convenantId, IFormCollection? posted)
    {
        string Value(string name) => posted?[name].ToString() ?? string.Empty;
        return Html.Of($"""
            <form method="post" action="{Path(convenantId)}" class="card">
            {r.CsrfField()}
            <div class="form-grid">
            <div><label for="outcome-summary">{r.L("Samenvatting", "Summary")}</label>
            <textarea id="outcome-summary" name="summary" required maxlength="2000">{Value("summary")}</textarea></div>
            <div><label for="outcome-changes">{r.L("Gemaakte afspraken", "Agreed changes")} <span class="hint">{r.L("één per regel", "one per line")}</span></label>
            <textarea id="outcome-changes" name="agreedChanges">{Value("agreedChanges")}</textarea></div>
            <div><label for="outcome-until">{r.L("Nieuwe einddatum", "New end date")} <span class="hint">{r.L("alleen als het convenant is verlengd", "only when the convenant was renewed")}</span></label>
            <input type="date" id="outcome-until" name="validUntil" value="{Value("validUntil")}"></div>
            </div>
            <div class="actions">
            <button type="submit" class="primary">{r.L("Vastleggen", "Record")}</button>
            <a class="button" href="{DashboardLayout.Path(DashboardTab.Convenants)}">{r.L("Annuleren", "Cancel")}</a>
            </div>
            </form>
            """);
    }
}
