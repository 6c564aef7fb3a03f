using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>
/// The Convenants tab: per convenant its partners, end date and expiry alerts, the next bestuur talk and last year's
/// outcome; and the outcome form, which goes through the same checks and event as <c>POST /api/convenants/{id}/review-outcome</c>.
/// </summary>
internal static class ConvenantsPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/convenants", ListAsync);
        dashboard.MapPage("/convenants/{id}/outcome", r => Task.FromResult(FormPage(r, null, [])));
        dashboard.MapAction("/convenants/{id}/outcome", RecordAsync);
    }

    private static async Task<IResult> ListAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Convenants);
        }

        var convenants = await ConvenantsReader.ReadAsync(r, config).ConfigureAwait(false);
        var content = convenants.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("De configuratie heeft geen convenanten.", "The configuration has no convenants.")}</p>""")
            : Html.Join(convenants, c => ConvenantRenderer.Render(r, c));
        return DashboardLayout.Page(r, DashboardTab.Convenants, DashboardLayout.Label(r, DashboardTab.Convenants), content);
    }

    private static async Task<IResult> RecordAsync(DashboardRequest r, IFormCollection form)
    {
        if (r.Config is null)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Convenants);
        }

        string id = r.Route("id");
        if (r.Config.FindConvenant(id) is null)
        {
            return NotFound(r);
        }

        bool confirmed = DashboardForms.IsConfirmed(form);
        var result = await ReviewApi.RecordOutcomeAsync(id, ConvenantOutcomeForm.Read(form), r.Stored, r.Service<DurableTaskClient>(), record: confirmed, english: r.English, r.Aborted).ConfigureAwait(false);
        switch (result.Status)
        {
            case ReviewOutcomeStatus.NotFound:
                return NotFound(r);
            case ReviewOutcomeStatus.Invalid:
                return FormPage(r, form, [.. result.Errors]);
            case ReviewOutcomeStatus.Conflict:
                return FormPage(r, form, [result.Message], StatusCodes.Status409Conflict);
            default:
                break;
        }

        string name = Name(r, id);
        var outcome = result.Outcome!;
        if (!confirmed)
        {
            var changes = outcome.AgreedChanges is { Count: > 0 } list ? Html.Of($"<ul>{Html.Join(list, c => Html.Of($"<li>{c}</li>"))}</ul>") : Html.Empty;
            var renewed = SubsidyRoundSnapshots.TryDate(outcome.ValidUntil) is { } until
                ? Html.Of($"<p>{r.L("Nieuwe einddatum", "New end date")}: {r.Date(SnapshotCalendar.Date(until))}; {r.L("de waarschuwingen voor de oude einddatum vervallen.", "the alerts for the old end date are dropped.")}</p>")
                : Html.Empty;
            return DashboardForms.Confirm(r, DashboardTab.Convenants, r.L("Uitkomst vastleggen", "Record outcome"), Html.Of($"""
                <p>{r.L($"De uitkomst van het bestuursgesprek over het convenant {name} wordt vastgelegd; de agenda van volgend jaar toont haar.", $"The outcome of the board talk on the convenant {name} will be recorded; next year's agenda shows it.")}</p>
                <p class="summary">{outcome.Summary}</p>
                {changes}
                {renewed}
                """), ConvenantOutcomeForm.Path(id), DashboardForms.Fields(form), ConvenantOutcomeForm.Path(id));
        }

        var logger = r.Service<ILoggerFactory>().CreateLogger(typeof(ConvenantsPage));
        DashboardLog.ActionTaken(logger, "review-outcome", id);
        return DashboardForms.Done(r, DashboardTab.Convenants, r.L("Uitkomst vastgelegd", "Outcome recorded"),
            r.L($"De uitkomst voor het convenant {name} is doorgegeven aan de workflow van het bestuursgesprek.", $"The outcome for the convenant {name} has been passed to the board talk's workflow."),
            DashboardLayout.Path(DashboardTab.Convenants));
    }

    private static IResult FormPage(DashboardRequest r, IFormCollection? posted, List<string> errors, int status = StatusCodes.Status400BadRequest)
    {
        if (r.Config is null)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Convenants);
        }

        string id = r.Route("id");
        if (r.Config.FindConvenant(id) is null)
        {
            return NotFound(r);
        }

        return DashboardLayout.Page(r, DashboardTab.Convenants, r.L($"Uitkomst bestuursgesprek {Name(r, id)}", $"Board talk outcome {Name(r, id)}"), Html.Of($"""
            {DashboardForms.Errors(r, errors)}
            <p>{r.L("Wat het bestuursgesprek heeft afgesproken. Een nieuwe einddatum vervangt de waarschuwingen voor de oude.", "What the board talk agreed. A new end date replaces the alerts for the old one.")}</p>
            {ConvenantOutcomeForm.Render(r, id, posted)}
            """), errors.Count > 0 ? status : StatusCodes.Status200OK);
    }

    private static string Name(DashboardRequest r, string id)
        => r.Config?.FindConvenant(id) is { } c ? $"{r.Config.FindOrganization(c.Vmbo)?.Name ?? c.Vmbo} – {r.Config.FindOrganization(c.Mbo)?.Name ?? c.Mbo}" : id;

    private static IResult NotFound(DashboardRequest r)
        => DashboardLayout.Page(r, DashboardTab.Convenants, r.L("Convenant niet gevonden", "Convenant not found"), Html.Of($"""
            <p class="empty">{r.L("Dit convenant staat niet in de configuratie.", "This convenant is not in the configuration.")}</p>
            <p><a class="button" href="{DashboardLayout.Path(DashboardTab.Convenants)}">{r.L("Terug", "Back")}</a></p>
            """), StatusCodes.Status404NotFound);
}
